// Screen-shaped on-call rows: a schedule's rotation in words, and now/next as the compact summary shows them.
import { WEEKDAYS } from "../schemas";

type Shift = { name: string; from: Date; until: Date; override: boolean };
type Row = { schedule: { slug: string; name: string }; now: Shift | null; next: Shift | null };

export function rotationLabel(schedule: { rotation: "daily" | "weekly"; handoffTime: string; handoffWeekday: number; timeZone: string }): string {
  const when = schedule.rotation === "daily" ? `Daily at ${schedule.handoffTime}` : `Weekly on ${WEEKDAYS[schedule.handoffWeekday - 1]} at ${schedule.handoffTime}`;
  return `${when} (${schedule.timeZone})`;
}

export function summaryItems(rows: readonly Row[]) {
  return rows.map(({ schedule, now, next }) => ({
    slug: schedule.slug,
    name: schedule.name,
    now: now ? { name: now.name, until: now.until.toISOString(), override: now.override } : null,
    next: next ? { name: next.name, from: next.from.toISOString() } : null,
  }));
}

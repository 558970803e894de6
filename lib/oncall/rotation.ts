// Rotation arithmetic: handoffs in the schedule's own time zone, the shifts they make, overrides cut into them.
import { TZDate } from "@date-fns/tz";

export const ROTATION_KINDS = ["daily", "weekly"] as const;
export type RotationKind = (typeof ROTATION_KINDS)[number];

/** A rotation as stored: local handoff time and date in `timeZone`, participants in order (user ids). */
export type Rotation = {
  kind: RotationKind;
  /** "HH:MM", local to timeZone. */
  handoffTime: string;
  /** ISO weekday of the weekly handoff, 1 = Monday … 7 = Sunday; ignored for daily rotations. */
  handoffWeekday: number;
  timeZone: string;
  /** "YYYY-MM-DD": the first handoff is on this day (weekly: the first handoff weekday on or after it). */
  startDate: string;
  participants: readonly number[];
};

/** An override: `userId` is on call in [from, until) instead of whoever the rotation says; later ids win. */
export type Override = { id: number; userId: number; from: number; until: number };

/** A stretch of time one person is on call; `overrideId` set when an override put them there. */
export type Shift = { userId: number; from: number; until: number; overrideId: number | null };

const DAY_MS = 86_400_000;

function parseDate(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m!, d!];
}

function parseTime(time: string): [number, number] {
  const [h, m] = time.split(":").map(Number);
  return [h!, m!];
}

/** Days from startDate to the first handoff (weekly rotations start on the handoff weekday on or after it). */
function firstHandoffOffset(rotation: Rotation): number {
  if (rotation.kind === "daily") return 0;
  const [y, m, d] = parseDate(rotation.startDate);
  // The weekday of a calendar date does not depend on the zone; UTC avoids the host's.
  const isoWeekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  return (rotation.handoffWeekday - isoWeekday + 7) % 7;
}

const stepDays = (rotation: Rotation) => (rotation.kind === "daily" ? 1 : 7);

/** The instant of the k-th handoff (k may be negative): the local handoff time on its calendar day, in the schedule's zone. */
export function handoffAt(rotation: Rotation, k: number): number {
  const [y, m, d] = parseDate(rotation.startDate);
  const [hh, mm] = parseTime(rotation.handoffTime);
  // TZDate normalises day overflow on the local calendar, so 09:00 stays 09:00 across a DST change.
  return new TZDate(y, m - 1, d + firstHandoffOffset(rotation) + k * stepDays(rotation), hh, mm, 0, 0, rotation.timeZone).getTime();
}

/** The index of the last handoff at or before t (−1 or lower before the rotation starts). */
export function handoffIndexAt(rotation: Rotation, t: number): number {
  const first = handoffAt(rotation, 0);
  let k = Math.floor((t - first) / (stepDays(rotation) * DAY_MS));
  while (handoffAt(rotation, k) > t) k -= 1;
  while (handoffAt(rotation, k + 1) <= t) k += 1;
  return k;
}

/** The first handoff strictly after t; null when the rotation has no one in it. */
export function nextHandoff(rotation: Rotation, t: number): number | null {
  if (rotation.participants.length === 0) return null;
  return handoffAt(rotation, Math.max(0, handoffIndexAt(rotation, t) + 1));
}

/** The rotation's own shifts overlapping [from, to), whole (not cut at the range's ends); none before the first handoff. */
export function rotationShifts(rotation: Rotation, from: number, to: number): Shift[] {
  const n = rotation.participants.length;
  if (n === 0 || to <= from) return [];
  const shifts: Shift[] = [];
  let k = Math.max(0, handoffIndexAt(rotation, from));
  // Each handoff ends one shift and starts the next: computed once.
  for (let start = handoffAt(rotation, k); start < to; k += 1) {
    const end = handoffAt(rotation, k + 1);
    if (end > from) shifts.push({ userId: rotation.participants[k % n]!, from: start, until: end, overrideId: null });
    start = end;
  }
  return shifts;
}

/** Paints an override over a timeline of non-overlapping shifts: whatever it covers is cut away and it takes the place. */
function paint(timeline: Shift[], override: Override): Shift[] {
  const out: Shift[] = [];
  for (const shift of timeline) {
    if (shift.until <= override.from || shift.from >= override.until) {
      out.push(shift);
      continue;
    }
    if (shift.from < override.from) out.push({ ...shift, until: override.from });
    if (shift.until > override.until) out.push({ ...shift, from: override.until });
  }
  out.push({ userId: override.userId, from: override.from, until: override.until, overrideId: override.id });
  return out.sort((a, b) => a.from - b.from);
}

const overlaps = (a: { from: number; until: number }, from: number, to: number) => a.from < to && a.until > from;

/**
 * Who is on call in [from, to): the rotation's shifts with the overrides cut into them, in time order,
 * each with its own whole bounds. Overlapping overrides: the later one (higher id) wins where they overlap.
 */
export function shiftsBetween(rotation: Rotation, overrides: readonly Override[], from: number, to: number): Shift[] {
  if (to <= from) return [];
  // Widen the range to the whole shifts and overrides touching it, so the bounds reported are the real ones.
  let lo = from;
  let hi = to;
  for (const o of overrides) if (overlaps(o, from, to)) [lo, hi] = [Math.min(lo, o.from), Math.max(hi, o.until)];
  const base = rotationShifts(rotation, lo, hi);
  if (base.length) [lo, hi] = [Math.min(lo, base[0]!.from), Math.max(hi, base.at(-1)!.until)];
  let timeline = base;
  for (const o of [...overrides].filter((o) => overlaps(o, lo, hi)).sort((a, b) => a.id - b.id)) timeline = paint(timeline, o);
  return timeline.filter((shift) => overlaps(shift, from, to));
}

/** The shift holding instant t, or null when nobody is on call then. */
export function shiftAt(rotation: Rotation, overrides: readonly Override[], t: number): Shift | null {
  return shiftsBetween(rotation, overrides, t, t + 1)[0] ?? null;
}

/** How far ahead "next" looks: beyond the longest shift, so a rotation always has a next one. */
const NEXT_HORIZON_MS = 35 * DAY_MS;

/** The shift after the one holding t (or the first one starting after t when nobody is on call); null when none within 35 days. */
export function nextShiftAfter(rotation: Rotation, overrides: readonly Override[], t: number): Shift | null {
  const current = shiftAt(rotation, overrides, t);
  const after = current ? current.until : t;
  return shiftsBetween(rotation, overrides, after, after + NEXT_HORIZON_MS).find((shift) => shift.from >= after) ?? null;
}

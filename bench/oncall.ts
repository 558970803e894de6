// Phase (f): the iCalendar feed of a schedule with a year of daily handoffs (and a few overrides), as the feed route builds it.
import { performance } from "node:perf_hooks";
import { scheduleFeed, type FeedShift } from "@/lib/oncall/ical";
import { shiftsBetween, type Override, type Rotation } from "@/lib/oncall/rotation";
import { percentile } from "./common";

const DAY = 86_400_000;
const RUNS = 10;

export type OncallFeedResult = { shifts: number; events: number; bytes: number; p50Ms: number; p95Ms: number; runs: number };

/** A year of daily 09:00 Europe/London handoffs among five people, with an override every fortnight; the feed built RUNS times. */
export function benchOncallFeed(nowMs: number): OncallFeedResult {
  const start = new Date(nowMs).toISOString().slice(0, 10);
  const rotation: Rotation = { kind: "daily", handoffTime: "09:00", handoffWeekday: 1, timeZone: "Europe/London", startDate: start, participants: [1, 2, 3, 4, 5] };
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = from + 365 * DAY;
  const overrides: Override[] = Array.from({ length: 26 }, (_, i) => ({ id: i + 1, userId: 6, from: from + i * 14 * DAY + 20 * 3_600_000, until: from + i * 14 * DAY + 30 * 3_600_000 }));
  const names = ["Ada", "Ben", "Cat", "Dee", "Eve", "Fay"];
  const times: number[] = [];
  let text = "";
  let shifts: FeedShift[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    shifts = shiftsBetween(rotation, overrides, from, to).map((s) => ({ from: s.from, until: s.until, userId: s.userId, name: names[s.userId - 1]!, email: `${names[s.userId - 1]!.toLowerCase()}@example.test`, override: s.overrideId !== null }));
    text = scheduleFeed({ slug: "bench", name: "Bench primary", teamName: "Bench", timeZone: rotation.timeZone }, shifts, nowMs);
    times.push(performance.now() - started);
  }
  return { shifts: shifts.length, events: text.split("BEGIN:VEVENT").length - 1, bytes: Buffer.byteLength(text), p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), runs: RUNS };
}

// Time-axis ticks and labels for a range: hours up to two days, dates beyond, in the viewer's time zone.
import { tz } from "@date-fns/tz";
import { addDays, addHours, addMinutes, getHours, getMinutes, startOfDay, startOfHour, startOfMinute } from "date-fns";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const HOURLY_UP_TO_MS = 2 * DAY_MS;
// Minute steps divide 60, so short ranges (1 hour, a custom half day) get ticks on :00, :10, :15, …
const MINUTE_STEPS = [5, 10, 15, 30];
const MINUTELY_UP_TO_MS = 3 * HOUR_MS;
// Hour steps divide 24, so ticks fall on the same local hours every day.
const HOUR_STEPS = [1, 2, 3, 6, 12, 24];
const DAY_STEPS = [1, 2, 3, 7, 14, 28];
const MAX_TICKS = 8;

/** The viewer's zone and locale by default; tests pass fixed ones. */
export type TimeAxisOptions = { timeZone?: string; locale?: string };

function zoneContext(timeZone: string | undefined) {
  return timeZone ? { in: tz(timeZone) } : undefined;
}

/** Tick instants: on whole local minutes (≤ 3 hours), hours (≤ 2 days) or midnights (longer), at most about eight. */
export function timeTicks(fromMs: number, toMs: number, { timeZone }: TimeAxisOptions = {}): number[] {
  if (!(toMs > fromMs)) return [];
  const context = zoneContext(timeZone);
  const ticks: number[] = [];
  if (toMs - fromMs <= MINUTELY_UP_TO_MS) {
    const step = MINUTE_STEPS.find((s) => (toMs - fromMs) / (s * MINUTE_MS) <= MAX_TICKS) ?? 60;
    let t = startOfMinute(fromMs, context);
    if (t.getTime() < fromMs) t = addMinutes(t, 1, context);
    for (; t.getTime() <= toMs; t = addMinutes(t, 1, context)) if (getMinutes(t, context) % step === 0) ticks.push(t.getTime());
    return ticks;
  }
  if (toMs - fromMs <= HOURLY_UP_TO_MS) {
    const step = HOUR_STEPS.find((s) => (toMs - fromMs) / (s * HOUR_MS) <= MAX_TICKS) ?? 24;
    let t = startOfHour(fromMs, context);
    if (t.getTime() < fromMs) t = addHours(t, 1, context);
    for (; t.getTime() <= toMs; t = addHours(t, 1, context)) if (getHours(t, context) % step === 0) ticks.push(t.getTime());
    return ticks;
  }
  const step = DAY_STEPS.find((s) => (toMs - fromMs) / (s * DAY_MS) <= MAX_TICKS) ?? Math.ceil((toMs - fromMs) / DAY_MS / MAX_TICKS);
  let day = startOfDay(fromMs, context);
  if (day.getTime() < fromMs) day = addDays(day, 1, context);
  // Calendar days, not 24-hour steps, so ticks stay on midnight across daylight-saving changes.
  for (let i = 0; day.getTime() <= toMs; i += 1, day = addDays(day, 1, context)) if (i % step === 0) ticks.push(day.getTime());
  return ticks;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, { timeZone, locale }: TimeAxisOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([options, timeZone, locale]);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** A tick's label: the time of day for short ranges (the date at midnight), the date for longer ones. */
export function formatTimeTick(ms: number, rangeMs: number, options: TimeAxisOptions = {}): string {
  const context = zoneContext(options.timeZone);
  const isMidnight = startOfDay(ms, context).getTime() === ms;
  if (rangeMs <= HOURLY_UP_TO_MS && !isMidnight) return formatter({ hour: "2-digit", minute: "2-digit" }, options).format(ms);
  return formatter({ day: "numeric", month: "short" }, options).format(ms);
}

/** An instant in tooltips and tables: date and time of day. */
export function formatInstant(ms: number, options: TimeAxisOptions = {}): string {
  return formatter({ dateStyle: "medium", timeStyle: "short" }, options).format(ms);
}

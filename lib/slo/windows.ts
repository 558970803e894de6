// Window arithmetic: which minute buckets an SLO window or burn window holds at an instant.
import { tz } from "@date-fns/tz";
import { addMonths, addQuarters, addWeeks, startOfISOWeek, startOfMonth, startOfQuarter } from "date-fns";
import { BURN_WINDOW_MINUTES, type BurnWindow, type CalendarUnit, type SloWindow } from "./types";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Half-open range of bucket starts: a bucket at minute m is inside when fromMs ≤ m < toMs. */
export type WindowRange = { fromMs: number; toMs: number };

export function isBucketInWindow(range: WindowRange, minuteStartMs: number): boolean {
  return range.fromMs <= minuteStartMs && minuteStartMs < range.toMs;
}

export type WindowBounds = WindowRange & { periodDays: number };

export function truncateToMinute(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
}

// Time-zone arithmetic costs tens of microseconds; status reads of many SLOs ask for the same periods.
const periodCache = new Map<string, { startMs: number; endMs: number }>();

/** The calendar period containing instant tMs, bounded by local midnights in timeZone. */
export function calendarPeriod(tMs: number, unit: CalendarUnit, timeZone: string): { startMs: number; endMs: number } {
  const key = `${unit}|${timeZone}`;
  const cached = periodCache.get(key);
  if (cached && cached.startMs <= tMs && tMs < cached.endMs) return cached;
  const period = computeCalendarPeriod(tMs, unit, timeZone);
  periodCache.set(key, period);
  return period;
}

function computeCalendarPeriod(tMs: number, unit: CalendarUnit, timeZone: string): { startMs: number; endMs: number } {
  const inZone = { in: tz(timeZone) };
  const start = periodStart(tMs, unit, inZone);
  const end = periodEnd(start, unit, inZone);
  // date-fns yields Invalid Date for an unknown zone; fail loudly instead of returning NaN bounds.
  if (Number.isNaN(start.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return { startMs: start.getTime(), endMs: end.getTime() };
}

type InZone = { in: ReturnType<typeof tz> };

function periodStart(tMs: number, unit: CalendarUnit, inZone: InZone): Date {
  if (unit === "week") return startOfISOWeek(tMs, inZone);
  if (unit === "month") return startOfMonth(tMs, inZone);
  return startOfQuarter(tMs, inZone);
}

function periodEnd(start: Date, unit: CalendarUnit, inZone: InZone): Date {
  if (unit === "week") return addWeeks(start, 1, inZone);
  if (unit === "month") return addMonths(start, 1, inZone);
  return addQuarters(start, 1, inZone);
}

/** Bucket range of an SLO window evaluated at tMs, and its period length P in (real) days. */
export function windowBounds(window: SloWindow, tMs: number): WindowBounds {
  const toMs = truncateToMinute(tMs);
  if (window.kind === "rolling") {
    return { fromMs: toMs - window.days * MS_PER_DAY, toMs, periodDays: window.days };
  }
  const { startMs, endMs } = calendarPeriod(toMs, window.unit, window.timeZone);
  return { fromMs: startMs, toMs, periodDays: (endMs - startMs) / MS_PER_DAY };
}

/** Bucket range of a burn-rate window ending at tMs; it may reach before a calendar period's start. */
export function burnWindowBounds(burnWindow: BurnWindow, tMs: number): WindowRange {
  const toMs = truncateToMinute(tMs);
  return { fromMs: toMs - BURN_WINDOW_MINUTES[burnWindow] * MS_PER_MINUTE, toMs };
}

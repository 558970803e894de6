// The log's date filter: a day picked in the filter bar is read in the organisation's zone (DST-aware).
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a day (yyyy-MM-dd) begins in `timeZone`, as ISO; `after` gives the next day's start (an inclusive "to"). null when not a day. */
export function dayStartIso(day: string | undefined, timeZone: string, { after = false } = {}): string | null {
  const match = day ? DAY.exec(day) : null;
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new TZDate(year, month, date, timeZone);
  // A day that does not exist (2026-13-45) rolls over; refuse it instead.
  if (Number.isNaN(start.getTime()) || start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return null;
  return new Date((after ? addDays(start, 1) : start).getTime()).toISOString();
}

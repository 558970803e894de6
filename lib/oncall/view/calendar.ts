// The calendar view of a schedule: weeks × days in the schedule's zone, who is on call each day and from or until when.
import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfISOWeek } from "date-fns";

export type CalendarShift = { name: string; from: number; until: number; override: boolean };
export type CalendarEntry = { name: string; override: boolean; from: string | null; until: string | null };
export type CalendarDay = { date: string; label: string; isToday: boolean; entries: CalendarEntry[] };
export type CalendarWeek = { start: string; days: CalendarDay[] };

/** The Monday (local to timeZone) of the week holding t, as YYYY-MM-DD. */
export function weekStartOf(t: number, timeZone: string): string {
  return format(startOfISOWeek(new TZDate(t, timeZone)), "yyyy-MM-dd");
}

/** Midnight of a local date in the zone, and the day's end (the next midnight: 23 or 25 hours later on DST days). */
export function dayBounds(date: string, timeZone: string): { from: number; to: number } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { from: new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime(), to: new TZDate(y, m - 1, d + 1, 0, 0, 0, 0, timeZone).getTime() };
}

/** `weeks` weeks from the Monday `start` (YYYY-MM-DD); each day lists the shifts overlapping it, with local times where they start or end inside it. */
export function calendarWeeks(shifts: readonly CalendarShift[], timeZone: string, start: string, weeks: number, now: number): CalendarWeek[] {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const first = new TZDate(y, m - 1, d, 12, 0, 0, 0, timeZone);
  const today = format(new TZDate(now, timeZone), "yyyy-MM-dd");
  const time = (ms: number) => format(new TZDate(ms, timeZone), "HH:mm");
  return Array.from({ length: weeks }, (_, w) => {
    const days = Array.from({ length: 7 }, (_, i) => {
      const day = addDays(first, w * 7 + i);
      const date = format(day, "yyyy-MM-dd");
      const { from, to } = dayBounds(date, timeZone);
      const entries = shifts
        .filter((s) => s.from < to && s.until > from)
        .map((s) => ({ name: s.name, override: s.override, from: s.from > from ? time(s.from) : null, until: s.until < to ? time(s.until) : null }));
      return { date, label: format(day, "EEE d MMM"), isToday: date === today, entries };
    });
    return { start: days[0]!.date, days };
  });
}

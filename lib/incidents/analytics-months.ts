// Incident figures per calendar month in a time zone: counts by severity, MTTA and MTTR overall and per severity.
// Every month the range touches is present, an empty one with count 0 and null times.
import { TZDate } from "@date-fns/tz";
import { addMonths, startOfMonth } from "date-fns";
import { countBySeverity, countedIn, mttaMinutes, mttrMinutes, type IncidentFacts, type MeanMedian, type TimeRange } from "./analytics";
import { SEVERITIES, type Severity } from "./types";
import { wallClock } from "./zone-clock";

export type MonthFigures = {
  /** "2026-03": the month in the chosen zone. */
  month: string;
  /** The month's first instant in the zone (or the range's start, for a first month begun before it). */
  start: Date;
  count: number;
  bySeverity: Record<Severity, number>;
  mttaMinutes: MeanMedian;
  mttrMinutes: MeanMedian;
  mttaBySeverity: Record<Severity, MeanMedian>;
  mttrBySeverity: Record<Severity, MeanMedian>;
};

/** "2026-03": the calendar month an instant falls in, in a time zone. */
export function monthKey(at: Date, timeZone = "UTC"): string {
  const local = wallClock(at, timeZone);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The months [from, to) touches in a zone, each with the instant it starts (the first one clipped to from). */
export function monthsOf(range: TimeRange, timeZone = "UTC"): { month: string; start: Date }[] {
  const months: { month: string; start: Date }[] = [];
  if (range.to <= range.from) return months;
  let start: Date = startOfMonth(new TZDate(range.from.getTime(), timeZone));
  while (start.getTime() < range.to.getTime()) {
    months.push({ month: monthKey(start, timeZone), start: new Date(Math.max(start.getTime(), range.from.getTime())) });
    start = addMonths(start, 1);
  }
  return months;
}

const perSeverity = <T>(of: (severity: Severity) => T) => Object.fromEntries(SEVERITIES.map((s) => [s, of(s)])) as Record<Severity, T>;

/** The figures of each month of the range (drills and incidents outside [from, to) left out). */
export function monthlyFigures(incidents: readonly IncidentFacts[], range: TimeRange, timeZone = "UTC"): MonthFigures[] {
  const byMonth = new Map<string, IncidentFacts[]>();
  for (const incident of countedIn(incidents, range)) {
    const key = monthKey(incident.startedAt, timeZone);
    const list = byMonth.get(key);
    if (list) list.push(incident);
    else byMonth.set(key, [incident]);
  }
  return monthsOf(range, timeZone).map(({ month, start }) => {
    const list = byMonth.get(month) ?? [];
    const ofSeverity = (s: Severity) => list.filter((i) => i.severity === s);
    return {
      month,
      start,
      count: list.length,
      bySeverity: countBySeverity(list),
      mttaMinutes: mttaMinutes(list),
      mttrMinutes: mttrMinutes(list),
      mttaBySeverity: perSeverity((s) => mttaMinutes(ofSeverity(s))),
      mttrBySeverity: perSeverity((s) => mttrMinutes(ofSeverity(s))),
    };
  });
}

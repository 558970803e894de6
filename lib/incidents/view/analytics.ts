// Screen-shaped analytics: month rows for the charts, minutes and month names as the page writes them.
import { monthKey, type MonthFigures } from "../analytics-months";
import { SEVERITIES, type Severity } from "../types";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: string): string {
  const [year, m] = month.split("-");
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${year}`;
}

/** "42.5 min", or "—" when there is no figure; always minutes, so figures compare at a glance. */
export function formatMinutesFigure(value: number | null): string {
  return value === null ? "—" : `${Number(value.toFixed(1)).toLocaleString("en-US")} min`;
}

export type MonthRow = { month: string; label: string } & Record<Severity, number | null>;

/** Mean MTTR of each severity per month (null where a severity had no resolved incident). */
export function mttrRows(months: readonly MonthFigures[]): MonthRow[] {
  return months.map((m) => ({ month: m.month, label: monthLabel(m.month), ...(Object.fromEntries(SEVERITIES.map((s) => [s, m.mttrBySeverity[s].mean])) as Record<Severity, number | null>) }));
}

/** Incidents of each severity per month. */
export function countRows(months: readonly MonthFigures[]): MonthRow[] {
  return months.map((m) => ({ month: m.month, label: monthLabel(m.month), ...m.bySeverity }));
}

/** Milestones placed on the month they fall in (in the charts' zone), for reference lines. */
export function markerMonths(markers: readonly { at: string; label: string }[], timeZone: string): { month: string; label: string; monthLabel: string }[] {
  return markers.map((marker) => {
    const month = monthKey(new Date(marker.at), timeZone);
    return { month, label: marker.label, monthLabel: monthLabel(month) };
  });
}

// The 12-month stacked bars as the chart draws them: currency units per key and month (the largest keys by name, the
// rest as "other"), the total's anomaly months flagged and the forecast months after them with their band.
import type { AnomalyCheck } from "../anomalies";
import type { Forecast } from "../forecast";
import type { MonthSeries } from "../showback";
import { chartMoney, formatMonthShort } from "./format";

/** How many keys get a bar colour of their own; the rest are drawn together. */
export const TREND_KEYS = 5;
export const OTHER_KEY = "other (the rest)";

export type TrendRow = {
  month: string;
  label: string;
  /** Each series' cost in currency units (absent in forecast months). */
  costs: Record<string, number>;
  /** The month's total in currency units; null in forecast months. */
  total: number | null;
  anomaly: AnomalyCheck | null;
  /** The forecast estimate and its band, in forecast months only. */
  forecast: { cost: number; low: number; high: number } | null;
};

export type TrendData = { series: string[]; rows: TrendRow[] };

export function trendData(series: MonthSeries, anomalies: readonly AnomalyCheck[], forecast: Forecast | null): TrendData {
  const named = series.keys.slice(0, TREND_KEYS);
  const rest = series.keys.slice(TREND_KEYS);
  const keys = rest.length ? [...named, OTHER_KEY] : named;
  const anomalyOf = new Map(anomalies.filter((a) => a.anomaly).map((a) => [a.month, a]));
  const rows: TrendRow[] = series.points.map((point) => {
    const costs: Record<string, number> = {};
    for (const key of named) costs[key] = chartMoney(point.costs[key] ?? 0n);
    if (rest.length) costs[OTHER_KEY] = chartMoney(rest.reduce((sum, key) => sum + (point.costs[key] ?? 0n), 0n));
    return { month: point.month, label: formatMonthShort(point.month), costs, total: chartMoney(point.total), anomaly: anomalyOf.get(point.month) ?? null, forecast: null };
  });
  for (const point of forecast?.points ?? []) {
    rows.push({ month: point.month, label: formatMonthShort(point.month), costs: {}, total: null, anomaly: null, forecast: { cost: point.cost, low: point.low, high: point.high } });
  }
  return { series: keys, rows };
}

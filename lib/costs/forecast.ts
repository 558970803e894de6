// Cost forecast: the next months from the trend. Method: an ordinary least-squares line through the last ≤ 12 months
// (x = 0, 1, … in calendar months, missing months as 0 after the first month with cost), extended ahead. Band: the 95%
// prediction interval of that line, ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (x − x̄)² / Sxx), where s is the residual
// standard error √(SSR / (n − 2)); it widens with the horizon because (x − x̄)² grows. Nothing is forecast below 0: the
// estimate and both band edges are clipped at 0.
// Edge cases: no month with cost → no forecast; one month → that month repeated ("flat"); two months → their line
// ("linear") with a zero-width band, since two points leave no residual to measure spread with (n − 2 = 0).
import { nanosToNumber } from "./money";
import { monthRange, monthsBetween, shiftMonth, type GroupedCost } from "./showback";
import type { Nanos } from "./types";

export type ForecastPoint = { month: string; /** Currency units. */ cost: number; low: number; high: number };

export type Forecast = {
  method: "none" | "flat" | "linear";
  /** Months the line was fitted on. */
  monthsUsed: number;
  /** Currency units per month (0 for flat and none). */
  slope: number;
  /** s, the residual standard error (0 when it cannot be measured). */
  residualError: number;
  points: ForecastPoint[];
};

/** Two-sided 95% Student t quantiles t(0.975, df) for df 1–30; beyond 30, 1.96 (normal). */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
export function tQuantile975(df: number): number {
  if (df < 1) return 0;
  return T975[df - 1] ?? 1.96;
}

const MAX_FIT_MONTHS = 12;
const clip = (value: number) => Math.max(0, value);

/** Fits a least-squares line to `values` (x = 0…n − 1) and extends it `horizon` steps beyond the last. */
export function linearForecast(values: readonly number[], horizon: number): Omit<Forecast, "points"> & { points: { cost: number; low: number; high: number }[] } {
  const n = values.length;
  if (n === 0) return { method: "none", monthsUsed: 0, slope: 0, residualError: 0, points: [] };
  if (n === 1) {
    const only = clip(values[0]!);
    return { method: "flat", monthsUsed: 1, slope: 0, residualError: 0, points: Array.from({ length: horizon }, () => ({ cost: only, low: only, high: only })) };
  }
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, y) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  values.forEach((y, x) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  });
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssr = values.reduce((sum, y, x) => sum + (y - (intercept + slope * x)) ** 2, 0);
  const residualError = n > 2 ? Math.sqrt(ssr / (n - 2)) : 0;
  const t = tQuantile975(n - 2);
  const points = Array.from({ length: horizon }, (_, h) => {
    const x = n + h;
    const estimate = intercept + slope * x;
    const half = t * residualError * Math.sqrt(1 + 1 / n + (x - meanX) ** 2 / sxx);
    return { cost: clip(estimate), low: clip(estimate - half), high: clip(estimate + half) };
  });
  return { method: "linear", monthsUsed: n, slope, residualError, points };
}

/**
 * The `horizon` months after `last` (default: the last month given) forecast from the months up to it. Months missing from
 * `points` cost 0 from the first month with cost on; repeated months are added.
 */
export function forecast(points: readonly { month: string; cost: Nanos }[], horizon: number, last?: string): Forecast {
  const sums = new Map<string, Nanos>();
  for (const point of points) sums.set(point.month, (sums.get(point.month) ?? 0n) + point.cost);
  const end = last ?? [...sums.keys()].sort().at(-1);
  const first = [...sums.entries()].filter(([month, cost]) => cost !== 0n && (end === undefined || month <= end)).map(([month]) => month).sort()[0];
  if (end === undefined || first === undefined) return { method: "none", monthsUsed: 0, slope: 0, residualError: 0, points: [] };
  const count = Math.min(MAX_FIT_MONTHS, monthsBetween(first, end) + 1);
  const values = monthRange(end, count).map((month) => nanosToNumber(sums.get(month) ?? 0n));
  const fit = linearForecast(values, horizon);
  return { ...fit, points: fit.points.map((point, i) => ({ month: shiftMonth(end, i + 1), ...point })) };
}

/** A forecast per key (team, service…) from grouped sums, every key through the same last month. */
export function forecastByKey(rows: readonly GroupedCost[], horizon: number, last?: string): Map<string, Forecast> {
  const byKey = new Map<string, { month: string; cost: Nanos }[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push({ month: row.month, cost: row.costNanos });
    byKey.set(row.key, list);
  }
  const end = last ?? rows.map((r) => r.month).sort().at(-1);
  return new Map([...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, points]) => [key, forecast(points, horizon, end)]));
}

// Steps and instants of chart series: "5m", "1h", "1d" or seconds; by default about 200 points over the range.

export const MAX_SERIES_POINTS = 2000;
const MS_PER_MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { s: 1000, m: MS_PER_MINUTE, h: 3_600_000, d: 86_400_000 };

/** The step in ms, or why the given one is not a step. */
export function parseStep(raw: string | null, rangeMs: number): { ok: true; ms: number } | { ok: false; message: string } {
  if (!raw) return { ok: true, ms: Math.max(MS_PER_MINUTE, Math.ceil(rangeMs / 200 / MS_PER_MINUTE) * MS_PER_MINUTE) };
  const match = /^(\d+)([smhd]?)$/.exec(raw.trim());
  if (!match) return { ok: false, message: 'use seconds or a duration such as "5m", "1h", "1d"' };
  const ms = Number(match[1]) * UNIT_MS[match[2] || "s"]!;
  if (ms < MS_PER_MINUTE || ms % MS_PER_MINUTE !== 0) return { ok: false, message: "must be a whole number of minutes, at least 1m" };
  return { ok: true, ms };
}

/**
 * The instants a series is evaluated at, oldest first. A point at t counts the minutes before t, so the grid is laid
 * back from `toMs`: the last point always holds the newest minute, where a grid laid forward from `fromMs` stopped up
 * to a step short of it and a new SLO's data fell between the last point and the end. `fromMs` is kept as the first
 * point, and when the data starts inside the range the end of its first minute (`firstDataMs` + 1 min) is a point too,
 * so the line starts where the data does instead of at the next grid instant, possibly hours later.
 */
export function seriesInstants(fromMs: number, toMs: number, stepMs: number, firstDataMs: number | null = null): number[] {
  if (!(toMs >= fromMs) || !(stepMs > 0)) return [];
  const instants = new Set<number>([fromMs]);
  for (let t = toMs; t > fromMs; t -= stepMs) instants.add(t);
  if (firstDataMs !== null) {
    const firstPointMs = firstDataMs + MS_PER_MINUTE;
    if (firstPointMs > fromMs && firstPointMs <= toMs) instants.add(firstPointMs);
  }
  return [...instants].sort((a, b) => a - b);
}

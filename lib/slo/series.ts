// Steps of chart series: "5m", "1h", "1d" or seconds; by default about 200 points over the range.

export const MAX_SERIES_POINTS = 2000;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The step in ms, or why the given one is not a step. */
export function parseStep(raw: string | null, rangeMs: number): { ok: true; ms: number } | { ok: false; message: string } {
  if (!raw) return { ok: true, ms: Math.max(60_000, Math.ceil(rangeMs / 200 / 60_000) * 60_000) };
  const match = /^(\d+)([smhd]?)$/.exec(raw.trim());
  if (!match) return { ok: false, message: 'use seconds or a duration such as "5m", "1h", "1d"' };
  const ms = Number(match[1]) * UNIT_MS[match[2] || "s"]!;
  if (ms < 60_000 || ms % 60_000 !== 0) return { ok: false, message: "must be a whole number of minutes, at least 1m" };
  return { ok: true, ms };
}

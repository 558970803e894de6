// Steps of chart series: "5m", "1h", "1d" or seconds; by default about 200 points over the range.
import { badRequest } from "@/lib/api/errors";

export const MAX_SERIES_POINTS = 2000;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseStep(raw: string | null, rangeMs: number): number {
  if (!raw) return Math.max(60_000, Math.ceil(rangeMs / 200 / 60_000) * 60_000);
  const match = /^(\d+)([smhd]?)$/.exec(raw.trim());
  if (!match) throw badRequest('step: use seconds or a duration such as "5m", "1h", "1d"', "step");
  const ms = Number(match[1]) * UNIT_MS[match[2] || "s"]!;
  if (ms < 60_000 || ms % 60_000 !== 0) throw badRequest("step: must be a whole number of minutes, at least 1m", "step");
  return ms;
}

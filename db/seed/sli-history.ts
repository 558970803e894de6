// Generates an SLO's minute-level SLI history from its demo shape, deterministically for a given seed and end.
import { createPrng } from "./prng";
import type { DemoSlo } from "./demo-slos";

export type MinuteRow = { minute: number; good: number; total: number };

/** Traffic across the day: a trough at 04:00 UTC, a peak in the afternoon. */
export function diurnalFactor(minuteOfDay: number): number {
  return 0.55 + 0.45 * Math.sin(((minuteOfDay - 600) / 1440) * 2 * Math.PI);
}

/**
 * Rows for minutes [endMinute − days·1440, endMinute). `earlyBurnStartMinute` places the early-burn
 * incident of calendar SLOs (computed by the caller from the SLO's current period).
 */
export function generateHistory(slo: DemoSlo, endMinute: number, days: number, seed: number, earlyBurnStartMinute: number | null): MinuteRow[] {
  return generateMinutes(slo, { anchorMinute: endMinute, fromMinute: endMinute - days * 1440, toMinute: endMinute, seed, earlyBurnStartMinute });
}

/**
 * Rows for minutes [fromMinute, toMinute) with the SLO's incidents placed relative to `anchorMinute`
 * (the demo's "now" when it was seeded): the seed's history, and the live demo traffic that continues it.
 */
export function generateMinutes(
  slo: DemoSlo,
  { anchorMinute, fromMinute, toMinute, seed, earlyBurnStartMinute }: { anchorMinute: number; fromMinute: number; toMinute: number; seed: number; earlyBurnStartMinute: number | null },
): MinuteRow[] {
  const random = createPrng(seed);
  const rows: MinuteRow[] = new Array(Math.max(0, toMinute - fromMinute));
  const incidents = slo.incidents.map((i) => ({ from: anchorMinute + i.startMinutesAgo, to: anchorMinute + i.startMinutesAgo + i.durationMinutes, badFraction: i.badFraction }));
  if (slo.earlyBurnInPeriod && earlyBurnStartMinute !== null) {
    incidents.push({ from: earlyBurnStartMinute, to: earlyBurnStartMinute + slo.earlyBurnInPeriod.durationMinutes, badFraction: slo.earlyBurnInPeriod.badFraction });
  }
  for (let minute = fromMinute, i = 0; minute < toMinute; minute++, i++) {
    const expected = slo.peakPerMinute * diurnalFactor(((minute % 1440) + 1440) % 1440) * (0.9 + 0.2 * random());
    const total = Math.max(1, Math.round(expected));
    let badFraction = slo.baselineBad * (0.5 + random());
    for (const incident of incidents) if (minute >= incident.from && minute < incident.to) badFraction = Math.max(badFraction, incident.badFraction * (0.8 + 0.4 * random()));
    // Round stochastically so small expected counts still average out right.
    const expectedBad = total * badFraction;
    const bad = Math.min(total, Math.floor(expectedBad) + (random() < expectedBad - Math.floor(expectedBad) ? 1 : 0));
    rows[i] = { minute, good: total - bad, total };
  }
  return rows;
}

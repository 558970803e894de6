// The what-if simulator: what a month's observability bill would be under other retention, debug-log, sampling,
// cold-storage and roll-up choices. Pure and fast (it reruns as a slider moves). docs/cost-what-if.md derives the model.
//
// Each baseline line is one team's service and signal in the month: GB ingested, retention days and what it actually
// cost. The model prices the line twice from the unit price list, once as it is (no lever moved) and once with the
// levers; the difference is the saving, and the projection is the actual cost minus the saving. The model works in
// floating-point nano-units inside one line and rounds the line's saving once to whole nano-units; team and total
// figures are exact bigint sums of those.
import { parseNanos } from "./money";
import { SIGNALS, type Nanos, type Signal } from "./types";
import type { TierKey, WhatIfLevers, WhatIfPrices } from "./whatif-schemas";

/** The model's month: steady-state stored GB = GB ingested a day × days kept, with a day = 1/30 of the month's ingest. */
export const DAYS_PER_MONTH = 30;

export type WhatIfLine = {
  team: string;
  service: string;
  /** The service's tier (1 = business critical); services outside the catalogue count as 3. */
  tier: 1 | 2 | 3;
  signal: Signal;
  /** GB ingested in the month (0 when the records give no usage in GB). */
  ingestGb: number;
  /** Days the data is kept today; null = the price list's default. */
  retentionDays: number | null;
  /** What the line cost in the month, every cost type together. */
  costNanos: Nanos;
};

export type WhatIfBaseline = { month: string; currency: string; lines: WhatIfLine[] };

export const LEVERS = ["retention", "debugLogs", "traceSampling", "coldStorage", "rollup"] as const;
export type LeverKey = (typeof LEVERS)[number];

export type WhatIfFigures = { currentNanos: Nanos; projectedNanos: Nanos; savingNanos: Nanos };
export type WhatIfResult = {
  month: string;
  currency: string;
  teams: ({ team: string } & WhatIfFigures)[];
  total: WhatIfFigures;
  /** Each lever's saving with the other levers left as they are. Together they need not add up to the total. */
  levers: { lever: LeverKey; savingNanos: Nanos }[];
};

const unchangedRetention = Object.fromEntries(SIGNALS.map((signal) => [signal, null])) as Record<Signal, null>;

/** The levers that change nothing: the records as they are. */
export const UNCHANGED_LEVERS: WhatIfLevers = {
  retention: { "1": unchangedRetention, "2": unchangedRetention, "3": unchangedRetention },
  debugLogs: { mode: "keep", hours: 48 },
  traceSampling: { "1": 100, "2": 100, "3": 100 },
  coldStorage: { enabled: false, afterDays: 7 },
  rollup: { enabled: false, granularity: "daily", rawDays: 7, tiers: [] },
};

type Rates = {
  ingest: Record<Signal, number>;
  hot: Record<Signal, number>;
  cold: number;
  summary: number;
  series: number;
  debugShare: number;
  errorShare: number;
  defaultRetention: number;
};

const nanosOf = (text: string) => Number(parseNanos(text) ?? 0n);

function ratesOf(prices: WhatIfPrices): Rates {
  const perSignal = (table: Record<Signal, string>) => Object.fromEntries(SIGNALS.map((signal) => [signal, nanosOf(table[signal])])) as Record<Signal, number>;
  return {
    ingest: perSignal(prices.ingestPerGb),
    hot: perSignal(prices.hotPerGbMonth),
    cold: nanosOf(prices.coldPerGbMonth),
    summary: nanosOf(prices.summaryPerSeriesMonth),
    series: prices.summarySeriesPerService,
    debugShare: prices.debugLogPercent / 100,
    errorShare: prices.traceErrorPercent / 100,
    defaultRetention: prices.defaultRetentionDays,
  };
}

/** Storage of `gbPerDay` kept `days` days a month, hot then (past the cold-storage lever's days) cold. */
function storedNanos(gbPerDay: number, days: number, hot: number, levers: WhatIfLevers, rates: Rates): number {
  const hotDays = levers.coldStorage.enabled && levers.coldStorage.afterDays < days ? levers.coldStorage.afterDays : days;
  return gbPerDay * (hotDays * hot + (days - hotDays) * rates.cold);
}

/** The modelled monthly cost of one line under the levers, in (fractional) nano-units. */
function modelledNanos(line: WhatIfLine, tier: TierKey, levers: WhatIfLevers, rates: Rates): number {
  const days = levers.retention[tier][line.signal] ?? line.retentionDays ?? rates.defaultRetention;
  const perDay = line.ingestGb / DAYS_PER_MONTH;
  const hot = rates.hot[line.signal];
  const ingest = rates.ingest[line.signal];
  if (line.signal === "logs") {
    const rolledUp = levers.rollup.enabled && levers.rollup.tiers.includes(tier);
    const raw = rolledUp && levers.rollup.rawDays < days ? levers.rollup.rawDays : days;
    const debug = perDay * rates.debugShare;
    let cost = storedNanos(perDay - debug, raw, hot, levers, rates);
    const mode = levers.debugLogs.mode;
    if (mode === "keep") cost += storedNanos(debug, raw, hot, levers, rates) + line.ingestGb * ingest;
    else if (mode === "hours") cost += storedNanos(debug, Math.min(raw, levers.debugLogs.hours / 24), hot, levers, rates) + line.ingestGb * ingest;
    else cost += line.ingestGb * (1 - rates.debugShare) * ingest;
    if (rolledUp) cost += rates.series * (levers.rollup.granularity === "hourly" ? 24 : 1) * rates.summary;
    return cost;
  }
  if (line.signal === "traces") {
    const share = rates.errorShare + (1 - rates.errorShare) * (levers.traceSampling[tier] / 100);
    return line.ingestGb * share * ingest + storedNanos(perDay * share, days, hot, levers, rates);
  }
  return line.ingestGb * ingest + storedNanos(perDay, days, hot, levers, rates);
}

/** Lines prepared once per computation: tier key, the cap, and the modelled cost as the records are. */
type Prepared = { line: WhatIfLine; tier: TierKey; cap: number; unchanged: number };

function prepare(lines: readonly WhatIfLine[], rates: Rates): Prepared[] {
  return lines.map((line) => {
    const tier = String(line.tier) as TierKey;
    return { line, tier, cap: line.costNanos > 0n ? Number(line.costNanos) : 0, unchanged: line.ingestGb > 0 ? modelledNanos(line, tier, UNCHANGED_LEVERS, rates) : 0 };
  });
}

/** One line's saving in whole nano-units (a JS integer): never more than the line actually cost (a lever cannot pay you). */
function lineSaving(p: Prepared, levers: WhatIfLevers, rates: Rates): number {
  if (p.line.ingestGb <= 0) return 0;
  const saving = Math.round(p.unchanged - modelledNanos(p.line, p.tier, levers, rates));
  return saving > p.cap ? p.cap : saving;
}

/**
 * Adds whole nano-unit figures exactly without a bigint per line: whole units and the nano remainder are summed apart
 * (each stays far below 2^53), then joined once.
 */
class ExactSum {
  private units = 0;
  private nanos = 0;
  add(value: number): void {
    const units = Math.trunc(value / 1e9);
    this.units += units;
    this.nanos += value - units * 1e9;
  }
  get total(): Nanos {
    return BigInt(this.units) * 1_000_000_000n + BigInt(this.nanos);
  }
}

function totalSaving(prepared: readonly Prepared[], levers: WhatIfLevers, rates: Rates): Nanos {
  const sum = new ExactSum();
  for (const p of prepared) sum.add(lineSaving(p, levers, rates));
  return sum.total;
}

/** The levers with only `lever` taken from `levers`, everything else unchanged. */
function alone(levers: WhatIfLevers, lever: LeverKey): WhatIfLevers {
  return { ...UNCHANGED_LEVERS, [lever]: levers[lever] };
}

/** The month's current cost, projected cost and saving per team (largest current cost first) and in total, and each lever's own saving. */
export function simulate(baseline: WhatIfBaseline, levers: WhatIfLevers, prices: WhatIfPrices): WhatIfResult {
  const rates = ratesOf(prices);
  const prepared = prepare(baseline.lines, rates);
  const byTeam = new Map<string, { current: Nanos; saving: ExactSum }>();
  for (const p of prepared) {
    let team = byTeam.get(p.line.team);
    if (!team) byTeam.set(p.line.team, (team = { current: 0n, saving: new ExactSum() }));
    team.current += p.line.costNanos;
    team.saving.add(lineSaving(p, levers, rates));
  }
  const teams = [...byTeam]
    .map(([team, { current, saving }]) => {
      const savingNanos = saving.total;
      return { team, currentNanos: current, projectedNanos: current - savingNanos, savingNanos };
    })
    .sort((a, b) => (a.currentNanos === b.currentNanos ? a.team.localeCompare(b.team) : a.currentNanos > b.currentNanos ? -1 : 1));
  const total: WhatIfFigures = { currentNanos: 0n, projectedNanos: 0n, savingNanos: 0n };
  for (const team of teams) {
    total.currentNanos += team.currentNanos;
    total.projectedNanos += team.projectedNanos;
    total.savingNanos += team.savingNanos;
  }
  return {
    month: baseline.month,
    currency: baseline.currency,
    teams,
    total,
    levers: LEVERS.map((lever) => ({ lever, savingNanos: totalSaving(prepared, alone(levers, lever), rates) })),
  };
}

/** The total saving of `levers` alone, without the per-team and per-lever figures (for a one-line answer). */
export function simulateSaving(baseline: WhatIfBaseline, levers: WhatIfLevers, prices: WhatIfPrices): Nanos {
  const rates = ratesOf(prices);
  return totalSaving(prepare(baseline.lines, rates), levers, rates);
}

/** The levers of the question the page answers at a glance: tiers 2 and 3 keep their logs 14 days, nothing else changes. */
export const FOURTEEN_DAY_LOGS: WhatIfLevers = {
  ...UNCHANGED_LEVERS,
  retention: { ...UNCHANGED_LEVERS.retention, "2": { ...UNCHANGED_LEVERS.retention["2"], logs: 14 }, "3": { ...UNCHANGED_LEVERS.retention["3"], logs: 14 } },
};

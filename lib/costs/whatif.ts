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

/** The modelled monthly cost of one line under the levers, in (fractional) nano-units. */
function modelledNanos(line: WhatIfLine, levers: WhatIfLevers, rates: Rates): number {
  const tier = String(line.tier) as TierKey;
  const keptToday = line.retentionDays ?? rates.defaultRetention;
  const days = levers.retention[tier][line.signal] ?? keptToday;
  const perDay = line.ingestGb / DAYS_PER_MONTH;
  // Portions of the daily volume and the days each is kept.
  const kept: { gbPerDay: number; days: number }[] = [];
  let ingestedGb = line.ingestGb;
  let extra = 0;
  if (line.signal === "logs") {
    const rolledUp = levers.rollup.enabled && levers.rollup.tiers.includes(tier);
    const raw = (d: number) => (rolledUp ? Math.min(d, levers.rollup.rawDays) : d);
    const debug = perDay * rates.debugShare;
    kept.push({ gbPerDay: perDay - debug, days: raw(days) });
    if (levers.debugLogs.mode === "keep") kept.push({ gbPerDay: debug, days: raw(days) });
    else if (levers.debugLogs.mode === "hours") kept.push({ gbPerDay: debug, days: raw(Math.min(days, levers.debugLogs.hours / 24)) });
    else ingestedGb -= line.ingestGb * rates.debugShare;
    if (rolledUp) extra = rates.series * (levers.rollup.granularity === "hourly" ? 24 : 1) * rates.summary;
  } else if (line.signal === "traces") {
    const share = rates.errorShare + (1 - rates.errorShare) * (levers.traceSampling[tier] / 100);
    ingestedGb *= share;
    kept.push({ gbPerDay: perDay * share, days });
  } else kept.push({ gbPerDay: perDay, days });

  let cost = ingestedGb * rates.ingest[line.signal] + extra;
  for (const portion of kept) {
    const hotDays = levers.coldStorage.enabled ? Math.min(portion.days, levers.coldStorage.afterDays) : portion.days;
    cost += portion.gbPerDay * hotDays * rates.hot[line.signal] + portion.gbPerDay * (portion.days - hotDays) * rates.cold;
  }
  return cost;
}

/** One line's saving in whole nano-units: never more than the line actually cost (a lever cannot pay you). */
function lineSaving(line: WhatIfLine, levers: WhatIfLevers, rates: Rates): Nanos {
  if (line.ingestGb <= 0) return 0n;
  const saving = BigInt(Math.round(modelledNanos(line, UNCHANGED_LEVERS, rates) - modelledNanos(line, levers, rates)));
  const cap = line.costNanos > 0n ? line.costNanos : 0n;
  return saving > cap ? cap : saving;
}

function totalSaving(lines: readonly WhatIfLine[], levers: WhatIfLevers, rates: Rates): Nanos {
  let sum = 0n;
  for (const line of lines) sum += lineSaving(line, levers, rates);
  return sum;
}

/** The levers with only `lever` taken from `levers`, everything else unchanged. */
function alone(levers: WhatIfLevers, lever: LeverKey): WhatIfLevers {
  return { ...UNCHANGED_LEVERS, [lever]: levers[lever] };
}

/** The month's current cost, projected cost and saving per team (largest current cost first) and in total, and each lever's own saving. */
export function simulate(baseline: WhatIfBaseline, levers: WhatIfLevers, prices: WhatIfPrices): WhatIfResult {
  const rates = ratesOf(prices);
  const byTeam = new Map<string, WhatIfFigures>();
  for (const line of baseline.lines) {
    const saving = lineSaving(line, levers, rates);
    const figures = byTeam.get(line.team) ?? { currentNanos: 0n, projectedNanos: 0n, savingNanos: 0n };
    figures.currentNanos += line.costNanos;
    figures.savingNanos += saving;
    figures.projectedNanos += line.costNanos - saving;
    byTeam.set(line.team, figures);
  }
  const teams = [...byTeam].map(([team, figures]) => ({ team, ...figures })).sort((a, b) => (a.currentNanos === b.currentNanos ? a.team.localeCompare(b.team) : a.currentNanos > b.currentNanos ? -1 : 1));
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
    levers: LEVERS.map((lever) => ({ lever, savingNanos: totalSaving(baseline.lines, alone(levers, lever), rates) })),
  };
}

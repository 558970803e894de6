// Where a new what-if scenario starts: the fintech case study's plan, and Keel's own default unit price list.
import { SIGNALS, type Signal } from "./types";
import type { WhatIfLevers, WhatIfPrices } from "./whatif-schemas";

const unchanged = Object.fromEntries(SIGNALS.map((signal) => [signal, null])) as Record<Signal, null>;

/**
 * The case study's plan, step by step:
 * - debug logs kept 48 hours;
 * - non-critical services' (tiers 2 and 3) logs kept 14 days instead of 30;
 * - business-critical (tier 1) services keep their logs and traces 30 days;
 * - less critical services keep 10% of successful traces; every error is kept;
 * - less critical services' logs rolled up into daily summaries ("Service X processed 1 million requests, 50 errors,
 *   average latency 150 ms") with raw logs kept 7 days; and (Keel's reading of "retained in cold storage") data older
 *   than 7 days lives in cold storage until its retention ends.
 */
export const FINTECH_PLAN: WhatIfLevers = {
  retention: {
    "1": { ...unchanged, logs: 30, traces: 30 },
    "2": { ...unchanged, logs: 14 },
    "3": { ...unchanged, logs: 14 },
  },
  debugLogs: { mode: "hours", hours: 48 },
  traceSampling: { "1": 100, "2": 10, "3": 10 },
  coldStorage: { enabled: true, afterDays: 7 },
  rollup: { enabled: true, granularity: "daily", rawDays: 7, tiers: ["2", "3"] },
};

/**
 * Keel's own default price list (USD; admins edit it under the `cost_prices` setting). Not from the case study, which
 * gives no prices: list-price magnitudes of hosted observability tools (the demo's cost year uses the same ones) — log
 * ingest $0.30/GB, hot log storage $0.60 per GB-month, cold archive $0.05 per GB-month, traces ≈ $0.40 per million
 * spans of ~0.9 GB, metrics and trace storage $0.12 per GB-month, a summary series $0.10 a month. The shares are
 * assumptions the records cannot tell: 40% of log volume is debug, 1% of spans belong to failed requests.
 */
export const DEFAULT_PRICES: WhatIfPrices = {
  currency: "USD",
  ingestPerGb: { logs: "0.30", metrics: "0.30", traces: "0.45", profiles: "0.25", other: "0.30" },
  hotPerGbMonth: { logs: "0.60", metrics: "0.12", traces: "0.12", profiles: "0.12", other: "0.12" },
  coldPerGbMonth: "0.05",
  summaryPerSeriesMonth: "0.10",
  summarySeriesPerService: 3,
  debugLogPercent: 40,
  traceErrorPercent: 1,
  defaultRetentionDays: 30,
};

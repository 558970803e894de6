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
 * Keel's own default price list (USD, list-price magnitudes of hosted observability tools, not the case study's: hot storage is indexed,
 * replicated and searchable, so a GB-month of hot logs costs more than ingesting the GB; admins edit
 * it under the `cost_prices` setting): ingest per GB, hot storage per GB-month, cold archive per GB-month, summary series.
 * The shares are assumptions the records cannot tell: 30% of log volume is debug, 2% of spans belong to failed requests.
 */
export const DEFAULT_PRICES: WhatIfPrices = {
  currency: "USD",
  ingestPerGb: { logs: "0.50", metrics: "0.30", traces: "0.30", profiles: "0.30", other: "0.30" },
  hotPerGbMonth: { logs: "1.00", metrics: "0.30", traces: "0.50", profiles: "0.30", other: "0.30" },
  coldPerGbMonth: "0.01",
  summaryPerSeriesMonth: "0.10",
  summarySeriesPerService: 3,
  debugLogPercent: 30,
  traceErrorPercent: 2,
  defaultRetentionDays: 30,
};

// The usage model behind the demo's cost year (demo-costs-plan.ts turns it into exact records): for each demo month,
// service and environment, how many requests were served, how many GB of logs were ingested and kept, how many active
// series and million spans there were, and what they cost at one list of unit prices. The seed's fintech story is in the
// levers: the cut (month 5), trace tiering (months 6–7, in two waves) and daily summaries with raw logs kept 7 days in
// cold storage (months 8–12, rolled out service by service). Plain data, no database.
import type { CostType, Signal } from "@/lib/costs/types";
import { DEMO_SERVICES } from "./demo-catalog";

/** Demo month (1-based) from which debug logs are kept 48 hours and non-critical logs 14 days instead of 30. */
export const DEMO_COST_CUT_MONTH = 5;
/** The anomaly: a debug-logging incident on checkout in this demo month (debug logs left on in production for 9 days). */
export const DEMO_COST_ANOMALY_MONTH = 11;
/** The business-critical services: their logs and traces stay 30 days, every trace kept. */
export const DEMO_CRITICAL_SERVICES = ["payment-gateway", "core-ledger"] as const;

/** Demo month each less critical service starts keeping 10% of successful traces (errors always kept): two waves. */
const TIERING_MONTH: Record<string, number> = { "live-video": 6, transcoding: 6, "cdn-edge": 6, "trace-collector": 6, checkout: 7, refunds: 7, "accounts-api": 7, "batch-settlement": 7, "log-pipeline": 7, "metrics-store": 7 };
/** Demo month each less critical service moves to daily log summaries with raw logs kept 7 days in cold storage. */
const SUMMARIES_MONTH: Record<string, number> = { transcoding: 8, refunds: 8, "batch-settlement": 8, "cdn-edge": 9, "log-pipeline": 10, "live-video": 10, "metrics-store": 11, checkout: 12, "accounts-api": 12, "trace-collector": 12 };

/** Unit prices in USD (Keel's demo list, in line with public cloud observability prices). */
export const DEMO_UNIT_PRICES = {
  logIngestPerGb: 0.3,
  coldIngestPerGb: 0.06,
  logHotStoragePerGbMonth: 0.6,
  logColdStoragePerGbMonth: 0.05,
  logQueryPerGbScanned: 0.005,
  metricsPer1000Series: 6,
  metricsStoragePerGbMonth: 0.12,
  spansPerMillion: 0.4,
  traceStoragePerGbMonth: 0.12,
  profilesPerGb: 0.25,
  egressPerGb: 0.02,
} as const;

/** Monthly licence lines, paid by the observability platform team. */
const LICENCES = [
  { service: "log-pipeline", signal: "logs", tool: "Grafana Enterprise Logs", usd: 6_500 },
  { service: "metrics-store", signal: "metrics", tool: "Grafana Enterprise Metrics", usd: 5_500 },
  { service: "trace-collector", signal: "traces", tool: "Grafana Enterprise Traces", usd: 3_000 },
] as const;

/** Requests in demo month 1 (millions); month 12 is exactly twice that for every service. */
const REQUESTS_M1: Record<string, number> = {
  "payment-gateway": 420,
  checkout: 260,
  refunds: 30,
  "live-video": 900,
  transcoding: 120,
  "cdn-edge": 1_500,
  "log-pipeline": 60,
  "metrics-store": 45,
  "trace-collector": 80,
  "core-ledger": 300,
  "accounts-api": 150,
  "batch-settlement": 10,
};

/** Per service: KB of logs per request (month 1), share of them at debug level, active series, spans per request. */
const SHAPE: Record<string, { logKb: number; debug: number; series: number; spans: number }> = {
  "payment-gateway": { logKb: 24, debug: 0.35, series: 420_000, spans: 14 },
  checkout: { logKb: 26, debug: 0.4, series: 260_000, spans: 12 },
  refunds: { logKb: 30, debug: 0.4, series: 60_000, spans: 10 },
  "live-video": { logKb: 14, debug: 0.45, series: 520_000, spans: 6 },
  transcoding: { logKb: 40, debug: 0.5, series: 180_000, spans: 8 },
  "cdn-edge": { logKb: 6, debug: 0.3, series: 300_000, spans: 3 },
  "log-pipeline": { logKb: 45, debug: 0.4, series: 140_000, spans: 5 },
  "metrics-store": { logKb: 40, debug: 0.4, series: 220_000, spans: 5 },
  "trace-collector": { logKb: 35, debug: 0.4, series: 120_000, spans: 5 },
  "core-ledger": { logKb: 30, debug: 0.3, series: 380_000, spans: 16 },
  "accounts-api": { logKb: 22, debug: 0.4, series: 160_000, spans: 10 },
  "batch-settlement": { logKb: 120, debug: 0.35, series: 50_000, spans: 4 },
};

/** Log bytes per request grew before the cut as teams added logging (costs climbing at first), then stayed level. */
const VERBOSITY = [1, 1.05, 1.1, 1.15] as const;

export const DEMO_ENVIRONMENTS = [
  { name: "production", share: 1 },
  { name: "staging", share: 0.14 },
  { name: "development", share: 0.05 },
] as const;

const ERROR_RATE = 0.01;
const SAMPLED = 0.1 * (1 - ERROR_RATE) + ERROR_RATE;

export type ModelLine = {
  team: string;
  service: string;
  environment: string;
  signal: Signal;
  costType: CostType;
  tool: string;
  provider: string;
  usageQuantity: number | null;
  usageUnit: string | null;
  retentionDays: number | null;
  /** USD at the unit prices, before rounding to nano-units. */
  usd: number;
};

/** Requests a service served in a demo month (1–12): month 1's figure growing geometrically to exactly twice it in month 12. */
export function demoRequests(service: string, month: number): number {
  const first = REQUESTS_M1[service]! * 1_000_000;
  return month === 12 ? 2 * first : Math.round(first * 2 ** ((month - 1) / 11));
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function serviceLines(service: (typeof DEMO_SERVICES)[number], month: number, env: (typeof DEMO_ENVIRONMENTS)[number]): ModelLine[] {
  const P = DEMO_UNIT_PRICES;
  const shape = SHAPE[service.slug]!;
  const critical = (DEMO_CRITICAL_SERVICES as readonly string[]).includes(service.slug);
  const cut = month >= DEMO_COST_CUT_MONTH;
  const tiered = !critical && month >= (TIERING_MONTH[service.slug] ?? 13);
  const summarised = !critical && month >= (SUMMARIES_MONTH[service.slug] ?? 13);
  const requests = demoRequests(service.slug, month) * env.share;
  const base = { team: service.team, service: service.slug, environment: env.name };
  const line = (signal: Signal, costType: CostType, tool: string, provider: string, quantity: number | null, unit: string | null, retention: number | null, usd: number): ModelLine => ({
    ...base,
    signal,
    costType,
    tool,
    provider,
    usageQuantity: quantity === null ? null : round(quantity, 3),
    usageUnit: unit,
    retentionDays: retention,
    usd,
  });
  const lines: ModelLine[] = [];

  // Logs: ingest, hot storage of debug and application logs (GB stored = a month's GB × retention / 30), queries, egress.
  const logGb = (requests * shape.logKb * VERBOSITY[Math.min(month, 4) - 1]!) / 1_000_000;
  const debugGb = logGb * shape.debug;
  const appGb = logGb - debugGb;
  const debugDays = cut ? 2 : 30;
  const appDays = critical || !cut ? 30 : 14;
  // Once summarised, application logs go straight to the cold tier; only debug logs still pass through Loki.
  const lokiGb = summarised ? debugGb : logGb;
  lines.push(line("logs", "ingest", "Loki", "Grafana Cloud", lokiGb, "GB ingested", null, lokiGb * P.logIngestPerGb));
  if (summarised) lines.push(line("logs", "ingest", "Amazon S3 (cold tier)", "AWS", appGb, "GB ingested", null, appGb * P.coldIngestPerGb));
  const debugStored = (debugGb * debugDays) / 30;
  lines.push(line("logs", "storage", "Loki", "Grafana Cloud", debugStored, "GB stored", debugDays, debugStored * P.logHotStoragePerGbMonth));
  if (summarised) {
    // Raw application logs kept 7 days in cold storage; daily summaries ("1 million requests, 50 errors, 150 ms") as metrics.
    const coldStored = (appGb * 7) / 30;
    lines.push(line("logs", "storage", "Amazon S3 (cold tier)", "AWS", coldStored, "GB stored", 7, coldStored * P.logColdStoragePerGbMonth));
    const summarySeries = 4_000 * env.share;
    lines.push(line("metrics", "ingest", "Prometheus/Mimir (log summaries)", "Grafana Cloud", summarySeries, "active series", 395, (summarySeries / 1000) * P.metricsPer1000Series));
  } else {
    const appStored = (appGb * appDays) / 30;
    lines.push(line("logs", "storage", "Loki", "Grafana Cloud", appStored, "GB stored", appDays, appStored * P.logHotStoragePerGbMonth));
  }
  const scanned = logGb * (summarised ? 1 : 3);
  lines.push(line("logs", "query", "Loki", "Grafana Cloud", scanned, "GB scanned", null, scanned * P.logQueryPerGbScanned));

  // Metrics: active series grow with the square root of traffic.
  const series = shape.series * env.share * Math.sqrt(demoRequests(service.slug, month) / demoRequests(service.slug, 1));
  lines.push(line("metrics", "ingest", "Prometheus/Mimir", "Grafana Cloud", series, "active series", 395, (series / 1000) * P.metricsPer1000Series));
  const metricsGb = series * 0.004;
  lines.push(line("metrics", "storage", "Prometheus/Mimir", "Grafana Cloud", metricsGb, "GB stored", 395, metricsGb * P.metricsStoragePerGbMonth));

  // Traces: every span kept, or 10% of successful traces and all errors once tiered; 30 days, 14 for the less critical.
  const spans = ((requests * shape.spans) / 1_000_000) * (tiered ? SAMPLED : 1);
  const traceDays = critical || !cut ? 30 : 14;
  lines.push(line("traces", "ingest", "Tempo", "Grafana Cloud", spans, "million spans", null, spans * P.spansPerMillion));
  const traceGb = (spans * 0.9 * traceDays) / 30;
  lines.push(line("traces", "storage", "Tempo", "Grafana Cloud", traceGb, "GB stored", traceDays, traceGb * P.traceStoragePerGbMonth));

  if (env.name === "production") {
    // Cross-region replication of production logs and traces.
    const egressGb = logGb * 0.25 + spans * 0.9 * 0.25;
    lines.push(line("other", "egress", "Data Transfer", "AWS", egressGb, "GB transferred", null, egressGb * P.egressPerGb));
    if (service.tier === 1) {
      const profileGb = 120 * Math.sqrt(demoRequests(service.slug, month) / demoRequests(service.slug, 1));
      lines.push(line("profiles", "ingest", "Pyroscope", "Grafana Cloud", profileGb, "GB ingested", 14, profileGb * P.profilesPerGb));
    }
  }
  return lines;
}

/** The debug-logging incident: checkout's debug logs left on in production for 9 days, ingested, stored and searched. */
function anomalyLines(): ModelLine[] {
  const P = DEMO_UNIT_PRICES;
  const gb = 52_000;
  const base = { team: "payments", service: "checkout", environment: "production", signal: "logs" as const, tool: "Loki", provider: "Grafana Cloud" };
  return [
    { ...base, costType: "ingest", usageQuantity: gb, usageUnit: "GB ingested", retentionDays: null, usd: gb * P.logIngestPerGb },
    { ...base, costType: "storage", usageQuantity: gb / 15, usageUnit: "GB stored", retentionDays: 2, usd: (gb / 15) * P.logHotStoragePerGbMonth },
    { ...base, costType: "query", usageQuantity: gb * 6, usageUnit: "GB scanned", retentionDays: null, usd: gb * 6 * P.logQueryPerGbScanned },
  ];
}

/** Every cost line of a demo month (1–12) at the unit prices. */
export function demoModelLines(month: number): ModelLine[] {
  const lines = DEMO_SERVICES.flatMap((service) => DEMO_ENVIRONMENTS.flatMap((env) => serviceLines(service, month, env)));
  for (const licence of LICENCES) {
    lines.push({ team: "platform", service: licence.service, environment: "production", signal: licence.signal, costType: "licence", tool: licence.tool, provider: "Grafana Labs", usageQuantity: 1, usageUnit: "licence", retentionDays: null, usd: licence.usd });
  }
  if (month === DEMO_COST_ANOMALY_MONTH) lines.push(...anomalyLines());
  return lines;
}

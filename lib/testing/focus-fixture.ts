// A FOCUS 1.0 cost export as a real provider writes it: all 43 FOCUS columns plus one provider extension (x_ServiceCode),
// daily lines with up to ten decimals, `NULL` fields, `YYYY-MM-DD HH:MM:SS` times and a Tags JSON naming team, service,
// signal and environment. Deterministic (seeded), streamed line by line, for import tests, journeys and the bench.

export const FOCUS_FIXTURE_COLUMNS = [
  "AvailabilityZone",
  "BilledCost",
  "BillingAccountId",
  "BillingAccountName",
  "BillingCurrency",
  "BillingPeriodEnd",
  "BillingPeriodStart",
  "ChargeCategory",
  "ChargeClass",
  "ChargeDescription",
  "ChargeFrequency",
  "ChargePeriodEnd",
  "ChargePeriodStart",
  "CommitmentDiscountCategory",
  "CommitmentDiscountId",
  "CommitmentDiscountName",
  "CommitmentDiscountStatus",
  "CommitmentDiscountType",
  "ConsumedQuantity",
  "ConsumedUnit",
  "ContractedCost",
  "ContractedUnitPrice",
  "EffectiveCost",
  "InvoiceIssuerName",
  "ListCost",
  "ListUnitPrice",
  "PricingCategory",
  "PricingQuantity",
  "PricingUnit",
  "ProviderName",
  "PublisherName",
  "RegionId",
  "RegionName",
  "ResourceId",
  "ResourceName",
  "ResourceType",
  "ServiceCategory",
  "ServiceName",
  "SkuId",
  "SkuPriceId",
  "SubAccountId",
  "SubAccountName",
  "Tags",
  "x_ServiceCode",
] as const;

export type FocusFixtureOptions = {
  /** Data lines (the header is extra). */
  rows: number;
  seed?: number;
  /** The month the charge periods fall in, "YYYY-MM" (UTC). */
  month?: string;
  /** Team slug → its services; lines are spread over them. */
  teams?: Record<string, readonly string[]>;
  currency?: string;
};

const DEFAULT_TEAMS: Record<string, readonly string[]> = {
  payments: ["payment-gateway", "checkout", "refunds"],
  streaming: ["live-video", "transcoding", "cdn-edge"],
  platform: ["log-pipeline", "metrics-store", "trace-collector"],
  "core-banking": ["core-ledger", "accounts-api", "batch-settlement"],
};

// What an observability bill is made of: product, category, unit, unit price, signal and cost type.
const PRODUCTS = [
  { service: "Amazon CloudWatch Logs", code: "AmazonCloudWatch", category: "Management and Governance", unit: "GB", price: 0.5, signal: "logs", costType: "ingest", description: "Log data ingested" },
  { service: "Amazon CloudWatch Logs", code: "AmazonCloudWatch", category: "Management and Governance", unit: "GB-Mo", price: 0.03, signal: "logs", costType: "storage", description: "Log data stored" },
  { service: "Amazon CloudWatch", code: "AmazonCloudWatch", category: "Management and Governance", unit: "Metrics", price: 0.3, signal: "metrics", costType: "ingest", description: "Custom metrics" },
  { service: "AWS X-Ray", code: "AWSXRay", category: "Developer Tools", unit: "Million spans", price: 5, signal: "traces", costType: "ingest", description: "Traces recorded" },
  { service: "Grafana Cloud Logs", code: "GrafanaLogs", category: "Management and Governance", unit: "GB", price: 0.5, signal: "logs", costType: "query", description: "Logs queried" },
  { service: "Grafana Cloud Metrics", code: "GrafanaMetrics", category: "Management and Governance", unit: "Active series", price: 0.008, signal: "metrics", costType: "storage", description: "Active series" },
  { service: "Datadog APM", code: "DatadogAPM", category: "Management and Governance", unit: "Hosts", price: 1.2, signal: "traces", costType: "licence", description: "APM host licence" },
  { service: "Pyroscope", code: "GrafanaProfiles", category: "Developer Tools", unit: "GB", price: 0.25, signal: "profiles", costType: "ingest", description: "Profiles ingested" },
  { service: "Amazon S3", code: "AmazonS3", category: "Storage", unit: "GB", price: 0.09, signal: "logs", costType: "egress", description: "Log archive data transfer out" },
] as const;

const ENVIRONMENTS = ["production", "production", "production", "staging", "development"] as const;
const REGIONS = [
  ["eu-west-1", "Europe (Ireland)"],
  ["us-east-1", "US East (N. Virginia)"],
  ["eu-central-1", "Europe (Frankfurt)"],
] as const;

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const pad = (n: number) => String(n).padStart(2, "0");
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** The fixture's lines as CSV text, header first, each ending in "\n"; generated lazily so a large file never sits in memory. */
export function* focusFixtureLines(options: FocusFixtureOptions): Generator<string> {
  yield `${FOCUS_FIXTURE_COLUMNS.join(",")}\n`;
  for (const row of focusFixtureRows(options)) yield `${row.map((value) => csvField(value ?? "NULL")).join(",")}\n`;
}

/** The fixture's data rows as field arrays in column order (null = the export's `NULL`). */
export function* focusFixtureRows(options: FocusFixtureOptions): Generator<(string | null)[]> {
  const random = prng(options.seed ?? 18);
  const [year, month] = (options.month ?? "2026-10").split("-").map(Number) as [number, number];
  const billingStart = Date.UTC(year, month - 1, 1);
  const billingEnd = Date.UTC(year, month, 1);
  const days = Math.round((billingEnd - billingStart) / 86_400_000);
  const teams = Object.entries(options.teams ?? DEFAULT_TEAMS);
  const currency = options.currency ?? "USD";
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let i = 0; i < options.rows; i++) {
    const [team, services] = pick(teams);
    const service = pick(services);
    const product = pick(PRODUCTS);
    const environment = pick(ENVIRONMENTS);
    const [regionId, regionName] = pick(REGIONS);
    const day = i % days;
    const start = billingStart + day * 86_400_000;
    const quantity = Number((random() * 400 + 0.001).toFixed(6));
    const listCost = (quantity * product.price).toFixed(10);
    const discount = random() < 0.2 ? 0.85 : 1;
    const billed = (quantity * product.price * discount).toFixed(random() < 0.5 ? 10 : 7);
    const committed = discount < 1;
    const tags = JSON.stringify({ team, service, signal: product.signal, environment, owner: `${team}@example.com`, "cost-center": `cc-${100 + teams.findIndex(([t]) => t === team)}` });
    const account = `${100000000000 + teams.findIndex(([t]) => t === team) * 7919}`;
    const byName: Record<(typeof FOCUS_FIXTURE_COLUMNS)[number], string | null> = {
      AvailabilityZone: random() < 0.3 ? null : `${regionId}${pick(["a", "b", "c"])}`,
      BilledCost: billed,
      BillingAccountId: "123456789012",
      BillingAccountName: "Fintech Observability",
      BillingCurrency: currency,
      BillingPeriodEnd: stamp(billingEnd),
      BillingPeriodStart: stamp(billingStart),
      ChargeCategory: product.costType === "licence" ? "Purchase" : "Usage",
      ChargeClass: null,
      ChargeDescription: `${product.description} (${regionName})`,
      ChargeFrequency: product.costType === "licence" ? "Recurring" : "Usage-Based",
      ChargePeriodEnd: stamp(start + 86_400_000),
      ChargePeriodStart: stamp(start),
      CommitmentDiscountCategory: committed ? "Spend" : null,
      CommitmentDiscountId: committed ? `arn:aws:savingsplans::123456789012:savingsplan/${pad(i % 97)}` : null,
      CommitmentDiscountName: committed ? "Observability savings plan" : null,
      CommitmentDiscountStatus: committed ? "Used" : null,
      CommitmentDiscountType: committed ? "Savings Plan" : null,
      ConsumedQuantity: String(quantity),
      ConsumedUnit: product.unit,
      ContractedCost: billed,
      ContractedUnitPrice: (product.price * discount).toFixed(10),
      EffectiveCost: billed,
      InvoiceIssuerName: "Amazon Web Services, Inc.",
      ListCost: listCost,
      ListUnitPrice: product.price.toFixed(10),
      PricingCategory: committed ? "Committed" : "Standard",
      PricingQuantity: String(quantity),
      PricingUnit: product.unit,
      ProviderName: product.service.startsWith("Grafana") || product.service === "Pyroscope" ? "Grafana Labs" : product.service.startsWith("Datadog") ? "Datadog" : "AWS",
      PublisherName: product.service.startsWith("Datadog") ? "Datadog" : "AWS",
      RegionId: regionId,
      RegionName: regionName,
      ResourceId: `arn:aws:logs:${regionId}:${account}:log-group:/${team}/${service}/${environment}`,
      ResourceName: `/${team}/${service}/${environment}`,
      ResourceType: product.signal === "logs" ? "Log group" : product.signal === "traces" ? "Trace group" : "Namespace",
      ServiceCategory: product.category,
      ServiceName: product.service,
      SkuId: `SKU-${product.code}-${product.costType.toUpperCase()}`,
      SkuPriceId: `${product.code}-${product.costType}-${regionId}`,
      SubAccountId: account,
      SubAccountName: `${team}-${environment}`,
      Tags: tags,
      x_ServiceCode: product.code,
    };
    yield FOCUS_FIXTURE_COLUMNS.map((column) => byName[column]);
  }
}

/** The whole fixture as one string (small files only: tests, journeys). */
export function focusFixtureCsv(options: FocusFixtureOptions): string {
  return [...focusFixtureLines(options)].join("");
}

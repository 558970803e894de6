// Observability cost showback: the enums and shapes shared by the import, the math, the pages and the API, declared once.
// Money is exact: a cost is an integer count of nano-units (10⁻⁹ of the currency unit). Providers' exports carry up to
// nine or ten decimals per line (a fraction of a cent per GB-hour), and binary floats would drift when 100,000 such lines
// are summed; integers add exactly. A single line fits a JS number exactly (up to ~9 million currency units), while sums
// are bigint (SQLite INTEGER sums read with safe integers), and a figure is rounded once, for display.

/** What was observed: the seed's three pillars plus profiles, and `other` for what fits none. */
export const SIGNALS = ["logs", "metrics", "traces", "profiles", "other"] as const;
export type Signal = (typeof SIGNALS)[number];

/** What the money paid for: the seed's storage, data processing (query), licensing and egress, plus ingest. */
export const COST_TYPES = ["ingest", "storage", "query", "licence", "egress", "unspecified"] as const;
export type CostType = (typeof COST_TYPES)[number];

/** A record's period: a day (FOCUS daily lines) or a whole month (Keel's simple columns, invoices). */
export const PERIOD_KINDS = ["day", "month"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The showback's breakdowns. `team`, `service` and `signal` are the contract's; `environment` and `costType` are Keel's additions. */
export const SHOWBACK_GROUP_BYS = ["team", "service", "signal", "environment", "costType"] as const;
export type ShowbackGroupBy = (typeof SHOWBACK_GROUP_BYS)[number];

/** Nano-units of a currency: 1 USD = 1_000_000_000n. */
export type Nanos = bigint;
export const NANOS_PER_UNIT = 1_000_000_000n;

/** Where an import came from. */
export const IMPORT_FORMATS = ["focus", "simple", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One normalised cost line, as the import writes it (db/schema/costs.ts) whatever the file's format.
 * `month` is the UTC calendar month of `periodStart` ("2026-11"); team and service are catalogue slugs or UNALLOCATED.
 */
export type CostRecord = {
  month: string;
  periodKind: PeriodKind;
  /** Epoch ms, inclusive. */
  periodStart: number;
  /** Epoch ms, exclusive. */
  periodEnd: number;
  team: string;
  service: string;
  signal: Signal;
  costType: CostType;
  /** The tool or provider's service that billed it ("Grafana Cloud Logs", "Amazon CloudWatch"). */
  tool: string;
  provider: string;
  environment: string;
  /** Usage in `usageUnit` (GB ingested, GB stored, active series, million spans); null when the line has none. */
  usageQuantity: number | null;
  usageUnit: string | null;
  retentionDays: number | null;
  costNanos: Nanos;
  /** ISO 4217, upper case. */
  currency: string;
};

/** The team (or service) of a line no tag or column allocates. */
export const UNALLOCATED = "unallocated";

/** The keys of a FOCUS line's `Tags` JSON that carry Keel's dimensions (instance setting `cost_import`). */
export const COST_TAG_FIELDS = ["team", "service", "signal", "environment", "costType"] as const;
export type CostTagField = (typeof COST_TAG_FIELDS)[number];
export type CostTagKeys = Record<CostTagField, string>;

/** Keel's default tag keys: the names most teams already tag with. */
export const DEFAULT_COST_TAG_KEYS: CostTagKeys = { team: "team", service: "service", signal: "signal", environment: "environment", costType: "cost_type" };

// The what-if simulator's inputs, validated once for forms, the API and saved scenarios: the levers (what a team would
// change) and the unit price list with the model's assumptions (what a GB costs). docs/cost-what-if.md explains the model.
import { z } from "zod";
import { parseNanos } from "./money";
import { SIGNALS, type Signal } from "./types";

export const TIERS = ["1", "2", "3"] as const;
export type TierKey = (typeof TIERS)[number];
export const ROLLUP_GRANULARITIES = ["hourly", "daily"] as const;
export const DEBUG_LOG_MODES = ["keep", "hours", "drop"] as const;

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

/** Retention days of one (tier, signal); null keeps what the records say. */
const retentionDays = whole("Retention", 1, 3650).nullable();
const perSignal = z.object(Object.fromEntries(SIGNALS.map((signal) => [signal, retentionDays])) as Record<Signal, typeof retentionDays>);

const percentKept = z.number({ error: "Sampling must be a number" }).min(0, "Sampling must be at least 0%").max(100, "Sampling must be at most 100%");

export const leversSchema = z.object({
  /** Retention days per service tier and signal; null = unchanged. */
  retention: z.object({ "1": perSignal, "2": perSignal, "3": perSignal }),
  /** Debug logs: kept as the other logs, kept `hours` hours, or not ingested at all. */
  debugLogs: z.object({ mode: z.enum(DEBUG_LOG_MODES, { error: "must be keep, hours or drop" }), hours: whole("Debug log hours", 1, 8760) }),
  /** Percent of successful traces kept per tier (errors are always kept); 100 = unchanged. */
  traceSampling: z.object({ "1": percentKept, "2": percentKept, "3": percentKept }),
  /** Data older than `afterDays` days moves to cold storage until its retention ends. */
  coldStorage: z.object({ enabled: z.boolean(), afterDays: whole("Cold storage after days", 0, 3650) }),
  /** Logs of the chosen tiers are rolled up into summaries kept as metrics; raw logs are kept `rawDays` days. */
  rollup: z.object({
    enabled: z.boolean(),
    granularity: z.enum(ROLLUP_GRANULARITIES, { error: "must be hourly or daily" }),
    rawDays: whole("Raw log days", 0, 3650),
    tiers: z.array(z.enum(TIERS, { error: "must be 1, 2 or 3" })).max(3),
  }),
});
export type WhatIfLevers = z.infer<typeof leversSchema>;

/** A price: a non-negative decimal string of currency units ("0.50"), exact to nine decimals. */
const price = z
  .string({ error: "must be a decimal number" })
  .trim()
  .max(30, "must be at most 30 characters")
  .refine((text) => {
    const nanos = parseNanos(text);
    return nanos !== null && nanos >= 0n && nanos <= 1_000_000n * 1_000_000_000n;
  }, "must be a decimal number from 0 to 1000000");
const perSignalPrice = z.object(Object.fromEntries(SIGNALS.map((signal) => [signal, price])) as Record<Signal, typeof price>);
const share = (label: string) => z.number({ error: `${label} must be a number` }).min(0, `${label} must be at least 0%`).max(100, `${label} must be at most 100%`);

export const pricesSchema = z.object({
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code")
    .transform((code) => code.toUpperCase()),
  /** Per GB ingested, by signal. */
  ingestPerGb: perSignalPrice,
  /** Per GB-month kept in hot (searchable) storage, by signal. */
  hotPerGbMonth: perSignalPrice,
  /** Per GB-month kept in cold (archive) storage, any signal. */
  coldPerGbMonth: price,
  /** Per summary series a month at daily resolution (an hourly series holds 24 points a day and costs 24 times as much). */
  summaryPerSeriesMonth: price,
  /** Summary series a rolled-up service writes (requests, errors, average latency). */
  summarySeriesPerService: whole("Summary series per service", 1, 1000),
  /** The share of log volume that is debug logs, in percent (records do not say). */
  debugLogPercent: share("Debug log share"),
  /** The share of trace spans belonging to failed requests, in percent (always kept). */
  traceErrorPercent: share("Trace error share"),
  /** Retention assumed where records give none. */
  defaultRetentionDays: whole("Default retention", 1, 3650),
});
export type WhatIfPrices = z.infer<typeof pricesSchema>;

/** A saved scenario: a name and its levers; prices default to the current price list. */
const scenarioName = z.string({ error: "must be text" }).trim().min(1, "is required").max(80, "must be at most 80 characters");

export const scenarioCreateSchema = z.object({ name: scenarioName, levers: leversSchema, prices: pricesSchema.optional() });
/** The page's save form: a new scenario, or (with `id`) the loaded one's name and levers replaced. */
export const scenarioSaveSchema = z.object({ name: scenarioName, levers: leversSchema, id: z.number().int().positive().optional() });
export const scenarioUpdateSchema = z
  .object({ name: scenarioName.optional(), levers: leversSchema.optional(), prices: pricesSchema.optional() })
  .refine((change) => change.name !== undefined || change.levers !== undefined || change.prices !== undefined, { message: "Give a name, levers or prices to change", path: ["name"] });


/** A computation without saving: the month (default: the newest with records), the levers, optionally other prices. */
export const whatIfRequestSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM")
    .optional(),
  levers: leversSchema,
  prices: pricesSchema.optional(),
});

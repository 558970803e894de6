// One line of a cost file (FOCUS 1.x, Keel's simple columns, or a JSON record) as a normalised CostRecord, or the
// problem that rejects it, named by line and column. Money is read exactly (parseNanos); nothing here rounds it.
import { fieldText, monthBounds, parseUtcTime, utcMonth, type ColumnIndex, type ImportIssue } from "./import-columns";
import { parseNanos } from "./money";
import { COST_TYPES, SIGNALS, UNALLOCATED, type CostRecord, type CostTagKeys, type CostType, type Signal } from "./types";

const DAY_MS = 86_400_000;
const UNSPECIFIED_ENVIRONMENT = "unspecified";

export type RowResult = { record: CostRecord } | { issue: ImportIssue };

type Field = (name: string) => string | null;

const COST_TYPE_ALIASES: Record<string, CostType> = {
  ingest: "ingest",
  ingestion: "ingest",
  storage: "storage",
  query: "query",
  processing: "query",
  "data processing": "query",
  data_processing: "query",
  licence: "licence",
  license: "licence",
  licensing: "licence",
  egress: "egress",
  unspecified: "unspecified",
};

function asSignal(text: string): Signal | null {
  const lower = text.toLowerCase();
  return (SIGNALS as readonly string[]).includes(lower) ? (lower as Signal) : null;
}

function asCostType(text: string): CostType | null {
  return COST_TYPE_ALIASES[text.toLowerCase()] ?? null;
}

/** The signal a line's own words make obvious (ServiceName, ServiceCategory, ConsumedUnit, description); `other` when none do. */
export function inferSignal(...words: (string | null)[]): Signal {
  const text = words.filter(Boolean).join(" ").toLowerCase();
  if (/\blogs?\b|logging|log analytics/.test(text)) return "logs";
  if (/trac(e|es|ing)\b|\bspans?\b|\bapm\b|x-ray/.test(text)) return "traces";
  if (/profil/.test(text)) return "profiles";
  if (/metric|series|prometheus|\bdatapoints?\b/.test(text)) return "metrics";
  return "other";
}

/** The cost type a line's own words make obvious; `unspecified` when none do. */
export function inferCostType(...words: (string | null)[]): CostType {
  const text = words.filter(Boolean).join(" ").toLowerCase();
  if (/ingest/.test(text)) return "ingest";
  if (/storage|stored|retention|gb-mo|gb-month|archiv/.test(text)) return "storage";
  if (/egress|transfer out|data transfer/.test(text)) return "egress";
  if (/quer|scan|process|analy[sz]/.test(text)) return "query";
  if (/licen|seat|subscription|per host|per user/.test(text)) return "licence";
  return "unspecified";
}

const slug = (text: string | null) => (text ? text.trim().toLowerCase() : null);

function currencyOf(text: string | null, where: string, column: string): string | ImportIssue {
  if (!text) return { where, column, message: `${column} is empty` };
  if (!/^[A-Za-z]{3}$/.test(text)) return { where, column, message: `${column} "${text}" is not a three-letter currency code` };
  return text.toUpperCase();
}

function quantityOf(text: string | null, where: string, column: string): number | null | ImportIssue {
  if (text === null) return null;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return { where, column, message: `${column} is not a number` };
  return value;
}

function retentionOf(text: string | null, where: string, column: string): number | null | ImportIssue {
  if (text === null) return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) return { where, column, message: `${column} is not a whole number of days` };
  return value;
}

const isIssue = (value: unknown): value is ImportIssue => typeof value === "object" && value !== null && "message" in value;

/** The JSON object of a FOCUS `Tags` field (string values only; others are stringified), or an issue. */
function tagsOf(text: string | null, where: string): Record<string, string> | ImportIssue {
  if (text === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { where, column: "Tags", message: "Tags is not valid JSON" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { where, column: "Tags", message: "Tags is not a JSON object" };
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) if (value !== null && value !== "") tags[key.toLowerCase()] = String(value).trim();
  return tags;
}

/** A FOCUS 1.x line. Team, service, signal, environment and cost type come from the configured tag keys. */
export function focusRecord(field: Field, where: string, tagKeys: CostTagKeys): RowResult {
  const startText = field("ChargePeriodStart");
  if (!startText) return { issue: { where, column: "ChargePeriodStart", message: "ChargePeriodStart is empty" } };
  const start = parseUtcTime(startText);
  if (start === null) return { issue: { where, column: "ChargePeriodStart", message: `ChargePeriodStart "${startText}" is not a date and time` } };
  const endText = field("ChargePeriodEnd");
  let end: number;
  if (endText) {
    const parsed = parseUtcTime(endText);
    if (parsed === null) return { issue: { where, column: "ChargePeriodEnd", message: `ChargePeriodEnd "${endText}" is not a date and time` } };
    if (parsed <= start) return { issue: { where, column: "ChargePeriodEnd", message: "ChargePeriodEnd is not after ChargePeriodStart" } };
    end = parsed;
  } else {
    end = start + DAY_MS;
  }
  const costColumn = field("BilledCost") !== null ? "BilledCost" : "EffectiveCost";
  const costText = field(costColumn);
  if (costText === null) return { issue: { where, column: "BilledCost", message: "BilledCost is empty" } };
  const costNanos = parseNanos(costText);
  if (costNanos === null) return { issue: { where, column: costColumn, message: `${costColumn} is not a number` } };
  const currency = currencyOf(field("BillingCurrency"), where, "BillingCurrency");
  if (isIssue(currency)) return { issue: currency };
  const usageQuantity = quantityOf(field("ConsumedQuantity"), where, "ConsumedQuantity");
  if (isIssue(usageQuantity)) return { issue: usageQuantity };
  const tags = tagsOf(field("Tags"), where);
  if (isIssue(tags)) return { issue: tags };
  const tag = (key: string) => tags[key.toLowerCase()] ?? null;

  const serviceName = field("ServiceName");
  const category = field("ServiceCategory");
  const unit = field("ConsumedUnit");
  const description = field("ChargeDescription");
  const signalTag = tag(tagKeys.signal);
  const signal = signalTag === null ? inferSignal(serviceName, category, unit, description) : asSignal(signalTag);
  if (signal === null) return { issue: { where, column: "Tags", message: `Tags ${tagKeys.signal} "${signalTag}" is not one of ${SIGNALS.join(", ")}` } };
  const costTypeTag = tag(tagKeys.costType);
  const costType = costTypeTag === null ? inferCostType(description, unit, field("ChargeCategory") === "Purchase" ? "licence" : null) : asCostType(costTypeTag);
  if (costType === null) return { issue: { where, column: "Tags", message: `Tags ${tagKeys.costType} "${costTypeTag}" is not one of ${COST_TYPES.join(", ")}` } };
  const retentionDays = retentionOf(tag("retention_days"), where, "Tags");
  if (isIssue(retentionDays)) return { issue: retentionDays };

  return {
    record: {
      month: utcMonth(start),
      periodKind: end - start <= DAY_MS ? "day" : "month",
      periodStart: start,
      periodEnd: end,
      team: slug(tag(tagKeys.team)) ?? UNALLOCATED,
      service: slug(tag(tagKeys.service)) ?? UNALLOCATED,
      signal,
      costType,
      tool: serviceName ?? "",
      provider: field("ProviderName") ?? field("PublisherName") ?? field("InvoiceIssuerName") ?? "",
      environment: slug(tag(tagKeys.environment)) ?? UNSPECIFIED_ENVIRONMENT,
      usageQuantity,
      usageUnit: unit,
      retentionDays,
      costNanos,
      currency,
    },
  };
}

/** A line of Keel's simple columns (month,team,service,signal,cost,currency,usage,unit + optional ones). */
export function simpleRecord(field: Field, where: string): RowResult {
  const monthText = field("month");
  if (!monthText) return { issue: { where, column: "month", message: "month is empty" } };
  const bounds = monthBounds(monthText);
  if (!bounds) return { issue: { where, column: "month", message: `month "${monthText}" is not a month (YYYY-MM)` } };
  const costText = field("cost");
  if (costText === null) return { issue: { where, column: "cost", message: "cost is empty" } };
  const costNanos = parseNanos(costText);
  if (costNanos === null) return { issue: { where, column: "cost", message: "cost is not a number" } };
  const currency = currencyOf(field("currency"), where, "currency");
  if (isIssue(currency)) return { issue: currency };
  const signalText = field("signal");
  const unit = field("unit");
  const tool = field("tool");
  const signal = signalText === null ? inferSignal(tool, unit) : asSignal(signalText);
  if (signal === null) return { issue: { where, column: "signal", message: `signal "${signalText}" is not one of ${SIGNALS.join(", ")}` } };
  const costTypeText = field("cost_type") ?? field("costType");
  const costType = costTypeText === null ? "unspecified" : asCostType(costTypeText);
  if (costType === null) return { issue: { where, column: "cost_type", message: `cost_type "${costTypeText}" is not one of ${COST_TYPES.join(", ")}` } };
  const usageQuantity = quantityOf(field("usage"), where, "usage");
  if (isIssue(usageQuantity)) return { issue: usageQuantity };
  const retentionDays = retentionOf(field("retention_days") ?? field("retentionDays"), where, "retention_days");
  if (isIssue(retentionDays)) return { issue: retentionDays };
  return {
    record: {
      month: bounds.month,
      periodKind: "month",
      periodStart: bounds.start,
      periodEnd: bounds.end,
      team: slug(field("team")) ?? UNALLOCATED,
      service: slug(field("service")) ?? UNALLOCATED,
      signal,
      costType,
      tool: tool ?? "",
      provider: field("provider") ?? "",
      environment: slug(field("environment")) ?? UNSPECIFIED_ENVIRONMENT,
      usageQuantity,
      usageUnit: unit,
      retentionDays,
      costNanos,
      currency,
    },
  };
}

/** A CSV row's field reader over its header's column index. */
export function csvField(row: readonly (string | null | undefined)[], columns: ColumnIndex): Field {
  return (name) => fieldText(row, columns, name);
}

/** A JSON record's field reader: keys matched case-insensitively; numbers and booleans read as their text. */
export function jsonField(record: Record<string, unknown>): Field {
  const lower = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), value);
  return (name) => {
    const value = lower.get(name.toLowerCase());
    if (value === undefined || value === null) return null;
    const text = typeof value === "object" ? JSON.stringify(value) : String(value).trim();
    return text === "" || text.toUpperCase() === "NULL" ? null : text;
  };
}

/** The content that identifies a record for dedupe (its occurrence number among identical lines is added by the caller). */
export function recordKey(record: CostRecord): string {
  return [
    record.month,
    record.periodKind,
    record.periodStart,
    record.periodEnd,
    record.team,
    record.service,
    record.signal,
    record.costType,
    record.tool,
    record.provider,
    record.environment,
    record.usageQuantity ?? "",
    record.usageUnit ?? "",
    record.retentionDays ?? "",
    record.costNanos.toString(),
    record.currency,
  ].join("\u001f");
}

// Reading cost files as providers write them: columns by header name, NULLs, UTC times, exact many-decimal sums,
// tag keys, inference, and row errors that name line and column.
import { describe, expect, it } from "vitest";
import { monthBounds, parseUtcTime, utcMonth } from "./import-columns";
import { inferCostType, inferSignal } from "./import-rows";
import { formatNanos } from "./money";
import { parseCostCsv, parseCostJson, rejectionMessage } from "./parse-file";
import { DEFAULT_COST_TAG_KEYS } from "./types";

async function* chunks(text: string, size = 5) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
const csv = (text: string, tagKeys = DEFAULT_COST_TAG_KEYS) => parseCostCsv(chunks(text), tagKeys);

const FOCUS_HEADER = "x_Extra,ChargePeriodStart,chargeperiodend,BilledCost,BillingCurrency,ServiceName,ServiceCategory,ConsumedQuantity,ConsumedUnit,Tags,ProviderName";

describe("parseUtcTime", () => {
  it("reads provider times as UTC and ISO times with their zone", () => {
    expect(parseUtcTime("2026-10-05 13:04:05")).toBe(Date.UTC(2026, 9, 5, 13, 4, 5));
    expect(parseUtcTime("2026-10-05")).toBe(Date.UTC(2026, 9, 5));
    expect(parseUtcTime("2026-10-05T13:04:05Z")).toBe(Date.UTC(2026, 9, 5, 13, 4, 5));
    expect(parseUtcTime("2026-10-05T13:04:05+02:00")).toBe(Date.UTC(2026, 9, 5, 11, 4, 5));
    expect(parseUtcTime("2026-10-05T13:04:05.250-0130")).toBe(Date.UTC(2026, 9, 5, 14, 34, 5, 250));
    expect(parseUtcTime("2026-02-30 00:00:00")).toBeNull();
    expect(parseUtcTime("05/10/2026")).toBeNull();
  });

  it("bounds a month in UTC", () => {
    expect(monthBounds("2026-12")).toEqual({ month: "2026-12", start: Date.UTC(2026, 11, 1), end: Date.UTC(2027, 0, 1) });
    expect(monthBounds("2026-13")).toBeNull();
  });

  it("names an instant's UTC month, the last millisecond of a month and a late-evening offset included", () => {
    expect(utcMonth(Date.UTC(2026, 0, 1))).toBe("2026-01");
    expect(utcMonth(Date.UTC(2026, 9, 31, 23, 59, 59, 999))).toBe("2026-10");
    expect(utcMonth(parseUtcTime("2026-11-30T23:30:00-01:00")!)).toBe("2026-12");
    expect(utcMonth(Date.UTC(999, 4, 1))).toBe("0999-05");
  });
});

describe("parseCostCsv: FOCUS", () => {
  it("finds columns by name in any case and order, ignores extras, reads NULLs, tags and periods", async () => {
    const text = [
      FOCUS_HEADER,
      `junk,2026-10-05 00:00:00,2026-10-06 00:00:00,1.23456789012,usd,Amazon CloudWatch Logs,Management and Governance,12.5,GB,"{""Team"":""Payments"",""service"":""checkout"",""environment"":""production"",""retention_days"":""30""}",AWS`,
      `junk,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2,USD,AWS X-Ray,NULL,NULL,NULL,NULL,NULL`,
    ].join("\r\n");
    const parsed = await csv(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.format).toBe("focus");
    expect(parsed.records).toEqual([
      {
        month: "2026-10",
        periodKind: "day",
        periodStart: Date.UTC(2026, 9, 5),
        periodEnd: Date.UTC(2026, 9, 6),
        team: "payments",
        service: "checkout",
        signal: "logs",
        costType: "unspecified",
        tool: "Amazon CloudWatch Logs",
        provider: "AWS",
        environment: "production",
        usageQuantity: 12.5,
        usageUnit: "GB",
        retentionDays: 30,
        costNanos: 1_234_567_890n,
        currency: "USD",
      },
      {
        month: "2026-10",
        periodKind: "month",
        periodStart: Date.UTC(2026, 9, 1),
        periodEnd: Date.UTC(2026, 10, 1),
        team: "unallocated",
        service: "unallocated",
        signal: "traces",
        costType: "unspecified",
        tool: "AWS X-Ray",
        provider: "",
        environment: "unspecified",
        usageQuantity: null,
        usageUnit: null,
        retentionDays: null,
        costNanos: 2_000_000_000n,
        currency: "USD",
      },
    ]);
  });

  it("sums many-decimal costs exactly: 20,000 lines of 0.1 are 2,000.000000000", async () => {
    const line = "2026-10-05 00:00:00,2026-10-06 00:00:00,0.1000000000,USD";
    const text = `ChargePeriodStart,ChargePeriodEnd,BilledCost,BillingCurrency\n${Array.from({ length: 20_000 }, () => line).join("\n")}`;
    const parsed = await parseCostCsv(chunks(text, 65_536), DEFAULT_COST_TAG_KEYS);
    expect(parsed.records).toHaveLength(20_000);
    expect(formatNanos(parsed.records.reduce((sum, record) => sum + record.costNanos, 0n), 9)).toBe("2000.000000000");
    // As floats the same sum drifts.
    expect(Array.from({ length: 20_000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(2_000);
  });

  it("uses configured tag keys", async () => {
    const text = `ChargePeriodStart,BilledCost,BillingCurrency,Tags\n2026-10-05,1,USD,"{""owner"":""streaming"",""app"":""cdn-edge"",""kind"":""metrics"",""stage"":""staging"",""spend"":""storage""}"`;
    const parsed = await csv(text, { team: "owner", service: "app", signal: "kind", environment: "stage", costType: "spend" });
    expect(parsed.records[0]).toMatchObject({ team: "streaming", service: "cdn-edge", signal: "metrics", environment: "staging", costType: "storage" });
  });

  it("names the line and column of each bad row, keeps counting, and keeps no records after the first problem", async () => {
    const good = "2026-10-05,2026-10-06,1,USD";
    const text = ["ChargePeriodStart,ChargePeriodEnd,BilledCost,BillingCurrency", good, "2026-10-05,2026-10-06,abc,USD", good, "2026-10-05,2026-10-04,1,USD", "yesterday,,1,USD", "2026-10-05,,1,dollars"].join("\n");
    const parsed = await csv(text);
    expect(parsed.issues.map((issue) => `${issue.where}|${issue.column}|${issue.message}`)).toEqual([
      "line 3|BilledCost|BilledCost is not a number",
      "line 5|ChargePeriodEnd|ChargePeriodEnd is not after ChargePeriodStart",
      'line 6|ChargePeriodStart|ChargePeriodStart "yesterday" is not a date and time',
      'line 7|BillingCurrency|BillingCurrency "dollars" is not a three-letter currency code',
    ]);
    expect(parsed.issueCount).toBe(4);
    expect(parsed.records).toHaveLength(1);
    expect(rejectionMessage(parsed)).toBe("line 3: BilledCost is not a number (and 3 more problems)");
  });

  it("rejects bad tags and unknown signals, and headers it cannot read", async () => {
    const head = "ChargePeriodStart,BilledCost,BillingCurrency,Tags";
    expect((await csv(`${head}\n2026-10-05,1,USD,{not json`)).issues[0]!.message).toBe("Tags is not valid JSON");
    expect((await csv(`${head}\n2026-10-05,1,USD,"{""signal"":""events""}"`)).issues[0]!.message).toBe('Tags signal "events" is not one of logs, metrics, traces, profiles, other');
    expect(rejectionMessage(await csv("ChargePeriodStart,Cost\n2026-10-05,1"))).toBe("line 1: the FOCUS header lacks BilledCost, BillingCurrency");
    expect(rejectionMessage(await csv("a,b\n1,2"))).toMatch(/^line 1: the header names neither FOCUS columns/);
    expect(rejectionMessage(await csv(""))).toBe("file: the file is empty; send a header line and at least one cost line");
    expect(rejectionMessage(await csv('month,cost,currency\n2026-10,"1,USD'))).toMatch(/^line \d+: the CSV is malformed/);
  });
});

describe("parseCostCsv: simple columns", () => {
  it("reads Keel's simple columns with the optional ones", async () => {
    const parsed = await csv("Month,Team,Service,Signal,Cost,Currency,Usage,Unit,Environment,Cost_Type,Tool,Retention_Days\n2026-10,payments,checkout,logs,99.999999999,EUR,10,GB,staging,processing,Loki,14");
    expect(parsed.records[0]).toEqual({
      month: "2026-10",
      periodKind: "month",
      periodStart: Date.UTC(2026, 9, 1),
      periodEnd: Date.UTC(2026, 10, 1),
      team: "payments",
      service: "checkout",
      signal: "logs",
      costType: "query",
      tool: "Loki",
      provider: "",
      environment: "staging",
      usageQuantity: 10,
      usageUnit: "GB",
      retentionDays: 14,
      costNanos: 99_999_999_999n,
      currency: "EUR",
    });
  });

  it("names bad simple fields", async () => {
    const parsed = await csv("month,team,service,signal,cost,currency,usage\n2026-10,a,b,logz,1,USD,\n2026-10,a,b,logs,1,USD,lots\n2026/10,a,b,logs,1,USD,");
    expect(parsed.issues.map((issue) => `${issue.where}: ${issue.message}`)).toEqual(['line 2: signal "logz" is not one of logs, metrics, traces, profiles, other', "line 3: usage is not a number", 'line 4: month "2026/10" is not a month (YYYY-MM)']);
  });
});

describe("parseCostJson", () => {
  it("reads records and names bad ones by index", () => {
    expect(parseCostJson({ records: [{ month: "2026-10", team: "payments", cost: 1.5, currency: "USD" }] }, DEFAULT_COST_TAG_KEYS).records[0]).toMatchObject({ team: "payments", costNanos: 1_500_000_000n, signal: "other" });
    expect(rejectionMessage(parseCostJson({ records: [{ month: "2026-10", cost: 1, currency: "USD" }, 7] }, DEFAULT_COST_TAG_KEYS))).toBe("records[1]: not an object");
    expect(rejectionMessage(parseCostJson([], DEFAULT_COST_TAG_KEYS))).toBe('records: send {"records": [...]}, an array of cost lines');
  });
});

describe("inference", () => {
  it("takes the signal and cost type from obvious words only", () => {
    expect(inferSignal("Amazon CloudWatch Logs", null, "GB")).toBe("logs");
    expect(inferSignal("AWS X-Ray", null, null)).toBe("traces");
    expect(inferSignal("Grafana Cloud Metrics", null, "Active series")).toBe("metrics");
    expect(inferSignal("Amazon EC2", "Compute", "Hours")).toBe("other");
    expect(inferCostType("Log data stored", "GB-Mo")).toBe("storage");
    expect(inferCostType("Log data ingested", "GB")).toBe("ingest");
    expect(inferCostType("Data transfer out", "GB")).toBe("egress");
    expect(inferCostType("Hours", null)).toBe("unspecified");
  });
});

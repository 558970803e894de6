// Pins how record sums become simulator lines: units, the stored-GB fallback, currencies, tiers and signals.
import { describe, expect, it } from "vitest";
import { baselineFromSums, type RecordSum } from "./whatif-baseline";

const sum = (over: Partial<RecordSum>): RecordSum => ({ team: "web", service: "dashboard", tier: 2, signal: "logs", costType: "ingest", usageUnit: "GB", currency: "USD", usageQuantity: 100, retentionDays: 30, costNanos: 50_000_000_000n, ...over });

describe("baselineFromSums", () => {
  it("adds ingest GB, takes the longest retention and every cost type's money", () => {
    const baseline = baselineFromSums("2026-11", [sum({}), sum({ costType: "storage", usageUnit: "GB-Mo", usageQuantity: 90, retentionDays: 14, costNanos: 9_000_000_000n }), sum({ costType: "licence", usageUnit: null, usageQuantity: null, costNanos: 1n })], 30);
    expect(baseline).toEqual({ month: "2026-11", currency: "USD", lines: [{ team: "web", service: "dashboard", tier: 2, signal: "logs", ingestGb: 100, retentionDays: 30, costNanos: 59_000_000_001n }] });
  });

  it("reads ingest back from stored GB when there is no ingest usage: 70 GB kept 14 days = 150 GB a month", () => {
    const baseline = baselineFromSums("2026-11", [sum({ costType: "storage", usageQuantity: 70, retentionDays: 14 })], 30);
    expect(baseline.lines[0]!.ingestGb).toBe(150);
  });

  it("ignores usage in other units, converts TB, keeps the main currency only", () => {
    const baseline = baselineFromSums(
      "2026-11",
      [sum({ signal: "traces", usageUnit: "million spans", usageQuantity: 5 }), sum({ signal: "metrics", usageUnit: "TB", usageQuantity: 2 }), sum({ signal: "logs", currency: "EUR", costNanos: 1n })],
      30,
    );
    expect(baseline.currency).toBe("USD");
    expect(baseline.lines.map((l) => [l.signal, l.ingestGb])).toEqual([
      ["traces", 0],
      ["metrics", 2000],
    ]);
  });

  it("reads usage of an unspecified cost type (Keel's simple columns) as GB ingested", () => {
    expect(baselineFromSums("2026-11", [sum({ costType: "unspecified", usageQuantity: 42 })], 30).lines[0]!.ingestGb).toBe(42);
  });

  it("counts services outside the catalogue as tier 3 and unknown signals as other", () => {
    const baseline = baselineFromSums("2026-11", [sum({ tier: null, signal: "rum" })], 30);
    expect(baseline.lines[0]).toMatchObject({ tier: 3, signal: "other" });
  });
});

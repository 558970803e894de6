import { describe, expect, it } from "vitest";
import { detectAnomalies, detectAnomaliesByKey, judgeMonth, listAnomalies } from "./anomalies";
import { DEFAULT_COST_POLICY } from "./policy";
import type { GroupedCost } from "./showback";

const U = 1_000_000_000n;
const rule = DEFAULT_COST_POLICY;
// Mean 100, population σ exactly 10.
const zigzag = [90, 110, 90, 110, 90, 110];

describe("judgeMonth", () => {
  it("computes the trailing mean, the population σ and the expected range", () => {
    expect(judgeMonth("2026-07", 100, zigzag, rule)).toEqual({
      month: "2026-07",
      cost: 100,
      expected: { mean: 100, sigma: 10, low: 70, high: 130 },
      anomaly: false,
      reasons: [],
      direction: null,
    });
  });

  it("is not an anomaly exactly at 3σ, and is just beyond it", () => {
    expect(judgeMonth("m", 130, zigzag, rule).anomaly).toBe(false);
    expect(judgeMonth("m", 70, zigzag, rule).anomaly).toBe(false);
    expect(judgeMonth("m", 130.01, zigzag, rule)).toMatchObject({ anomaly: true, reasons: ["sigma"], direction: "above" });
    expect(judgeMonth("m", 69.99, zigzag, rule)).toMatchObject({ anomaly: true, reasons: ["sigma"], direction: "below" });
  });

  it("is not an anomaly at exactly +50% of the mean, and is above it", () => {
    // Wide history: mean 100, σ 40 (3σ = 220), so only the +50% rule can fire.
    const wide = [60, 140, 60, 140, 60, 140];
    expect(judgeMonth("m", 150, wide, rule)).toMatchObject({ anomaly: false, expected: { mean: 100, sigma: 40, low: 0, high: 150 } });
    expect(judgeMonth("m", 150.5, wide, rule)).toMatchObject({ anomaly: true, reasons: ["aboveMean"], direction: "above" });
    expect(judgeMonth("m", 230, wide, rule).reasons).toEqual(["sigma", "aboveMean"]);
  });

  it("skips the σ rule on a flat history (σ = 0): only +50% flags", () => {
    const flat = [100, 100, 100, 100, 100, 100];
    expect(judgeMonth("m", 149, flat, rule)).toMatchObject({ anomaly: false, expected: { mean: 100, sigma: 0, low: 0, high: 150 } });
    expect(judgeMonth("m", 20, flat, rule).anomaly).toBe(false);
    expect(judgeMonth("m", 151, flat, rule)).toMatchObject({ anomaly: true, reasons: ["aboveMean"] });
  });

  it("flags any cost over a history of zeros, and nothing at zero", () => {
    const zeros = [0, 0, 0, 0, 0, 0];
    expect(judgeMonth("m", 0, zeros, rule).anomaly).toBe(false);
    expect(judgeMonth("m", 0.01, zeros, rule).reasons).toEqual(["aboveMean"]);
  });

  it("needs the full trailing window and uses only its last N months", () => {
    expect(judgeMonth("m", 1000, [100, 100, 100, 100, 100], rule)).toMatchObject({ expected: null, anomaly: false });
    expect(judgeMonth("m", 100, [5000, ...zigzag], rule).expected).toMatchObject({ mean: 100, sigma: 10 });
  });

  it("follows a configured rule", () => {
    const loose = { anomalySigma: 2, anomalyTrailingMonths: 3, anomalyAboveMean: 1 };
    expect(judgeMonth("m", 120.01, [90, 110, 100], loose).expected!.mean).toBe(100);
    // σ = sqrt(200/3) ≈ 8.165; 2σ ≈ 16.33
    expect(judgeMonth("m", 116, [90, 110, 100], loose).anomaly).toBe(false);
    expect(judgeMonth("m", 117, [90, 110, 100], loose).reasons).toEqual(["sigma"]);
  });
});

describe("detectAnomalies", () => {
  const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];
  const points = [90n, 110n, 90n, 110n, 90n, 110n, 200n, 100n].map((cost, i) => ({ month: months[i]!, cost: cost * U }));

  it("judges each month from the first with cost, flagging the spike", () => {
    const checks = detectAnomalies(points, rule);
    expect(checks.map((c) => c.month)).toEqual(months);
    expect(checks.slice(0, 6).every((c) => c.expected === null)).toBe(true);
    expect(checks[6]).toMatchObject({ month: "2026-07", cost: 200, anomaly: true, reasons: ["sigma", "aboveMean"] });
    // August's window includes July's spike: mean 116.67, wider σ; 100 is inside.
    expect(checks[7]!.anomaly).toBe(false);
  });

  it("fills missing months with 0 after the first month with cost, and runs through `last`", () => {
    const gappy = [{ month: "2025-12", cost: 100n * U }, { month: "2026-02", cost: 100n * U }];
    const checks = detectAnomalies(gappy, rule, "2026-03");
    expect(checks.map((c) => [c.month, c.cost])).toEqual([["2025-12", 100], ["2026-01", 0], ["2026-02", 100], ["2026-03", 0]]);
  });

  it("starts at the first month with cost and is empty without cost", () => {
    expect(detectAnomalies([{ month: "2026-01", cost: 0n }, { month: "2026-02", cost: 5n * U }], rule).map((c) => c.month)).toEqual(["2026-02"]);
    expect(detectAnomalies([], rule)).toEqual([]);
    expect(detectAnomalies([{ month: "2026-01", cost: 0n }], rule)).toEqual([]);
  });

  it("groups by key, all keys through the same last month", () => {
    const rows: GroupedCost[] = [
      ...points.map((p) => ({ key: "payments", month: p.month, costNanos: p.cost })),
      { key: "web", month: "2026-07", costNanos: 10n * U },
    ];
    const byKey = detectAnomaliesByKey(rows, rule);
    expect([...byKey.keys()]).toEqual(["payments", "web"]);
    expect(byKey.get("web")!.map((c) => c.month)).toEqual(["2026-07", "2026-08"]);
    expect(byKey.get("payments")!.filter((c) => c.anomaly).map((c) => c.month)).toEqual(["2026-07"]);
  });
});

describe("listAnomalies", () => {
  const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"];
  // Payments spikes in July and September, search in September; the total (their sum) in both: July is 250 against a flat 150.
  const payments = [100n, 100n, 100n, 100n, 100n, 100n, 200n, 100n, 400n];
  const search = [50n, 50n, 50n, 50n, 50n, 50n, 50n, 50n, 500n];
  const rows: GroupedCost[] = months.flatMap((month, i) => [
    { key: "search", month, costNanos: search[i]! * U },
    { key: "payments", month, costNanos: payments[i]! * U },
  ]);
  const total = detectAnomalies(rows.map((row) => ({ month: row.month, cost: row.costNanos })), rule);
  const byKey = detectAnomaliesByKey(rows, rule);

  it("lists the total's and each key's anomaly months, newest first, the total first within a month", () => {
    expect(total.filter((c) => c.anomaly).map((c) => c.month)).toEqual(["2026-07", "2026-09"]);
    expect(listAnomalies(total, byKey, "2026-01").map((a) => [a.check.month, a.key, a.check.cost])).toEqual([
      ["2026-09", null, 900],
      ["2026-09", "payments", 400],
      ["2026-09", "search", 500],
      ["2026-07", null, 250],
      ["2026-07", "payments", 200],
    ]);
  });

  it("leaves out months before the first month asked for, and is empty without anomalies", () => {
    expect(listAnomalies(total, byKey, "2026-08").map((a) => a.check.month)).toEqual(["2026-09", "2026-09", "2026-09"]);
    expect(listAnomalies(total.slice(0, 6), new Map(), "2026-01")).toEqual([]);
  });
});

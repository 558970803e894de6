// The demo's cost year as planned: the seed's fintech story in exact figures — climbing costs, the cut that saves exactly
// 20%, traffic doubling while the cost stays within 5% of the month after the cut, one anomaly, one team over budget.
import { describe, expect, it } from "vitest";
import { detectAnomalies } from "@/lib/costs/anomalies";
import { budgetStatus } from "@/lib/costs/budgets";
import { formatNanos } from "@/lib/costs/money";
import { DEFAULT_COST_POLICY } from "@/lib/costs/policy";
import { COST_TYPES, SIGNALS, type CostRecord } from "@/lib/costs/types";
import { DEMO_COST_ANOMALY_MONTH, DEMO_COST_CUT_MONTH, DEMO_CRITICAL_SERVICES, DEMO_UNIT_PRICES } from "./demo-costs-model";
import { demoCostPlan } from "./demo-costs-plan";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const plan = demoCostPlan(NOW);

const sum = (records: readonly CostRecord[]) => records.reduce((a, r) => a + r.costNanos, 0n);
const inMonth = (month: number, filter: (r: CostRecord) => boolean = () => true) => plan.records.filter((r) => r.month === plan.months[month - 1] && filter(r));
const requests = (month: number) => plan.traffic.filter((t) => t.month === plan.months[month - 1]).reduce((a, t) => a + t.requests, 0);

describe("demo cost plan", () => {
  it("covers the 12 full calendar months before now, month records from the first to the first of the next month (UTC)", () => {
    expect(plan.months).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(plan.story).toEqual({ cutMonth: "2026-04", anomalyMonth: "2026-10", latestMonth: "2026-11" });
    const first = inMonth(1)[0]!;
    expect([first.periodKind, new Date(first.periodStart).toISOString(), new Date(first.periodEnd).toISOString()]).toEqual(["month", "2025-12-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"]);
    expect(plan.records).toHaveLength(3867);
    expect(demoCostPlan(Date.parse("2027-03-31T23:59:59Z")).months[11]).toBe("2027-02");
  });

  it("pins every month's total, and each total is the exact sum of its records", () => {
    expect(plan.totals.map((t) => formatNanos(t))).toEqual(["124525.00", "134712.00", "145784.00", "157815.00", "126252.00", "123949.00", "126338.00", "128626.00", "127683.00", "123279.00", "147167.00", "123271.00"]);
    plan.totals.forEach((total, index) => expect(sum(inMonth(index + 1))).toBe(total));
  });

  it("climbs at first, then the cut (debug logs 48 h, non-critical logs 14 days) makes the month exactly 20% below the month before", () => {
    expect(DEMO_COST_CUT_MONTH).toBe(5);
    for (let m = 2; m < DEMO_COST_CUT_MONTH; m++) expect(plan.totals[m - 1]! > plan.totals[m - 2]!).toBe(true);
    const [before, after] = [plan.totals[3]!, plan.totals[4]!];
    expect(after * 5n).toBe(before * 4n);
    expect(formatNanos(before - after)).toBe("31563.00");
    expect(new Set(inMonth(4, (r) => r.signal === "logs" && r.costType === "storage").map((r) => r.retentionDays))).toEqual(new Set([30]));
    expect(new Set(inMonth(5, (r) => r.signal === "logs" && r.costType === "storage").map((r) => r.retentionDays))).toEqual(new Set([2, 14, 30]));
    expect(new Set(inMonth(5, (r) => r.retentionDays === 30 && r.signal === "logs").map((r) => r.service))).toEqual(new Set(DEMO_CRITICAL_SERVICES));
  });

  it("doubles traffic over the year: requests in month 12 are exactly twice month 1's, for every service and in total", () => {
    expect(requests(1)).toBe(3_875_000_000);
    expect(requests(12)).toBe(2 * requests(1));
    for (const t of plan.traffic.filter((t) => t.month === plan.months[0])) {
      expect(plan.traffic.find((u) => u.service === t.service && u.month === plan.months[11])!.requests).toBe(2 * t.requests);
    }
    for (let m = 2; m <= 12; m++) expect(requests(m)).toBeGreaterThan(requests(m - 1));
  });

  it("keeps each later month within 5% of the month after the cut, the anomaly month aside", () => {
    const base = plan.totals[DEMO_COST_CUT_MONTH - 1]!;
    for (let m = DEMO_COST_CUT_MONTH + 1; m <= 12; m++) {
      const off = plan.totals[m - 1]! - base;
      const within = 20n * (off < 0n ? -off : off) <= base;
      expect([m, within]).toEqual([m, m !== DEMO_COST_ANOMALY_MONTH]);
    }
  });

  it("tiers traces and summarises logs: critical services keep every span 30 days, the rest 10% of successful ones (errors kept) for 14", () => {
    const spans = (month: number, service: string) => inMonth(month, (r) => r.service === service && r.environment === "production" && r.signal === "traces" && r.costType === "ingest")[0]!.usageQuantity!;
    expect(spans(12, "payment-gateway") / spans(1, "payment-gateway")).toBeCloseTo(2, 3);
    expect(spans(12, "live-video") / spans(1, "live-video")).toBeCloseTo(2 * 0.109, 3);
    const cold = inMonth(12, (r) => r.tool === "Amazon S3 (cold tier)" && r.costType === "storage");
    expect(new Set(cold.map((r) => r.retentionDays))).toEqual(new Set([7]));
    expect(cold.some((r) => (DEMO_CRITICAL_SERVICES as readonly string[]).includes(r.service))).toBe(false);
    expect(inMonth(12, (r) => r.tool === "Prometheus/Mimir (log summaries)").length).toBeGreaterThan(0);
    expect(inMonth(7, (r) => r.tool === "Amazon S3 (cold tier)")).toEqual([]);
  });

  it("flags one anomaly by Keel's default rule: the month's total and Payments' (checkout's debug-logging incident)", () => {
    const flagged = (filter: (r: CostRecord) => boolean) =>
      detectAnomalies(plan.records.filter(filter).map((r) => ({ month: r.month, cost: r.costNanos })), DEFAULT_COST_POLICY)
        .filter((c) => c.anomaly)
        .map((c) => [c.month, c.direction, c.reasons]);
    expect(DEMO_COST_ANOMALY_MONTH).toBe(11);
    expect(flagged(() => true)).toEqual([["2026-10", "above", ["sigma"]]]);
    expect(flagged((r) => r.team === "payments")).toEqual([["2026-10", "above", ["sigma", "aboveMean"]]]);
    expect(formatNanos(sum(inMonth(11, (r) => r.team === "payments")))).toBe("62184.54");
  });

  it("puts one team over its budget in the latest month: Core Banking at 104%, Payments past the 80% warning", () => {
    const statuses = plan.budgets.map((b) => {
      const status = budgetStatus(sum(inMonth(12, (r) => r.team === b.team)), b.monthlyNanos, DEFAULT_COST_POLICY);
      return [b.team, status.status, Math.round(status.used! * 1000) / 10];
    });
    expect(statuses).toEqual([
      ["payments", "warning", 88.2],
      ["streaming", "ok", 74.5],
      ["platform", "ok", 75.6],
      ["core-banking", "over", 104.2],
    ]);
  });

  it("spans environments, signals and cost types at consistent unit prices", () => {
    expect(new Set(plan.records.map((r) => r.environment))).toEqual(new Set(["production", "staging", "development"]));
    expect(new Set(plan.records.map((r) => r.signal))).toEqual(new Set(SIGNALS));
    expect(new Set(plan.records.map((r) => r.costType))).toEqual(new Set(COST_TYPES.filter((t) => t !== "unspecified")));
    const loki = inMonth(12, (r) => r.tool === "Loki" && r.costType === "ingest");
    const gb = loki.reduce((a, r) => a + r.usageQuantity!, 0);
    expect(Number(sum(loki)) / 1e9 / gb).toBeCloseTo(DEMO_UNIT_PRICES.logIngestPerGb, 3);
    expect(plan.records.every((r) => r.costNanos > 0n && r.currency === "USD")).toBe(true);
  });
});

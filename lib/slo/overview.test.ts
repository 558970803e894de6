import { describe, expect, it } from "vitest";
import { buildOverview, type StatusObject } from "./overview";

const status = (slug: string, over: Partial<StatusObject>): StatusObject => ({
  slug,
  name: slug,
  service: "svc",
  serviceName: "Service",
  team: "team",
  segment: null,
  target: 0.999,
  sli: 0.9995,
  errorBudget: { consumed: 0.5, remaining: 0.5 },
  burnRates: { "1h": 0.5, "6h": 0.5 },
  alerts: [],
  status: "healthy",
  policy: { state: "normal", reasons: [] },
  forecast: { daysLeft: null, exhaustionAt: null },
  ...over,
});

describe("buildOverview", () => {
  it("counts, orders trouble first and lists freezes, firing alerts and fast burners", () => {
    const overview = buildOverview([
      status("calm", {}),
      status("paging", { status: "at_risk", serviceName: "Live Video", burnRates: { "1h": 28, "6h": 5 }, policy: { state: "freeze", reasons: [] }, alerts: [{ severity: "page", longWindow: "1h", shortWindow: "5m", threshold: 14.4, firing: true }, { severity: "ticket", longWindow: "6h", shortWindow: "30m", threshold: 6, firing: false }] }),
      status("spent", { status: "breached", serviceName: "Checkout", errorBudget: { consumed: 2, remaining: -1 }, policy: { state: "freeze", reasons: [] } }),
      status("empty", { status: "no_data", sli: null }),
      status("warm", { burnRates: { "1h": 2 } }),
    ]);
    expect(overview.counts).toEqual({ breached: 1, at_risk: 1, healthy: 2, no_data: 1 });
    expect(overview.trouble.map((r) => r.slug)).toEqual(["spent", "paging"]);
    expect(overview.frozenServices).toEqual(["Checkout", "Live Video"]);
    expect(overview.firing).toEqual([{ slug: "paging", name: "paging", severity: "page", windows: "1h/5m", burnRate: 28, threshold: 14.4 }]);
    expect(overview.fastest.map((r) => r.slug)).toEqual(["paging", "warm"]);
  });
});

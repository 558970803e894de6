import { describe, expect, it } from "vitest";
import { buildOverview, troubleReason, troubleRowOf, type StatusObject } from "./overview";

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

describe("why an SLO is in trouble", () => {
  const pageAlert = { severity: "page" as const, longWindow: "1h", shortWindow: "5m", threshold: 14.4, firing: true };
  const freezeOnPage = { rule: "page_alert" as const, state: "freeze" as const, message: "A page-severity burn-rate alert is firing: freeze launches until it resolves." };

  it("names a spent budget first, with the policy's words when it has them", () => {
    const exhausted = { rule: "budget_exhausted" as const, state: "freeze" as const, message: "Error budget exhausted (-45.0% remaining): freeze launches until it recovers." };
    expect(troubleReason(status("spent", { status: "breached", errorBudget: { consumed: 1.45, remaining: -0.45 }, policy: { state: "freeze", reasons: [exhausted] } }))).toBe(
      "Error budget exhausted (-45.0% remaining): freeze launches until it recovers.",
    );
    expect(troubleReason(status("spent", { status: "breached", errorBudget: { consumed: 1.2, remaining: -0.2 } }))).toBe("The error budget of this window is spent.");
  });

  it("gives a firing page alert's burn rates instead of the generic freeze-on-page reason", () => {
    const paging = status("paging", { status: "at_risk", burnRates: { "1h": 28, "5m": 40.5 }, alerts: [pageAlert], policy: { state: "freeze", reasons: [freezeOnPage] } });
    expect(troubleReason(paging)).toBe("Page alert: burning 28× over 1h and 40.5× over 5m (threshold 14.4×).");
  });

  it("keeps at most two reasons, spent budget and alert before early burn", () => {
    const early = { rule: "early_burn" as const, state: "freeze" as const, message: "62% of December's budget went in its first 10 days, counting the period's traffic at the rate so far (limit 50% in the first 10 days): freeze launches." };
    const both = status("both", { status: "breached", errorBudget: { consumed: 1.1, remaining: -0.1 }, burnRates: { "1h": 20, "5m": 20 }, alerts: [pageAlert], policy: { state: "freeze", reasons: [early, freezeOnPage] } });
    expect(troubleReason(both)).toBe("The error budget of this window is spent. Page alert: burning 20× over 1h and 20× over 5m (threshold 14.4×).");
    expect(troubleReason(status("early", { status: "at_risk", policy: { state: "freeze", reasons: [early] } }))).toBe(early.message);
  });

  it("says a new SLO is in warm-up, and does not count its advisory freeze as a frozen service", () => {
    const warm = status("warm", { status: "at_risk", burnRates: { "1h": 28, "5m": 40.5 }, alerts: [pageAlert], policy: { state: "freeze", reasons: [freezeOnPage], warmUpUntil: "2026-12-03T09:30:00.000Z" } });
    expect(troubleReason(warm)).toBe("Page alert: burning 28× over 1h and 40.5× over 5m (threshold 14.4×). In warm-up until 2026-12-03 09:30 UTC: its policy is advisory and does not close the deploy gate.");
    expect(buildOverview([warm]).frozenServices).toEqual([]);
    // Its row carries the warm-up, so the trouble list shows the freeze as advisory.
    expect(buildOverview([warm]).trouble.map((row) => row.warmUpUntil)).toEqual(["2026-12-03T09:30:00.000Z"]);
    expect(buildOverview([{ ...warm, policy: { ...warm.policy, warmUpUntil: null } }]).frozenServices).toEqual(["Service"]);
  });

  it("says when the budget runs out: already spent, a forecast instant, or not at this rate", () => {
    expect(troubleRowOf(status("spent", { status: "breached", errorBudget: { consumed: 1, remaining: 0 } })).runsOutAt).toBe("spent");
    expect(troubleRowOf(status("soon", { status: "at_risk", forecast: { daysLeft: 2.5, exhaustionAt: "2026-11-27T02:00:00.000Z" } })).runsOutAt).toBe("2026-11-27T02:00:00.000Z");
    expect(troubleRowOf(status("calm", { status: "at_risk" })).runsOutAt).toBeNull();
  });
});

describe("calendar budgets and missing data on the overview", () => {
  const calendar = {
    window: { kind: "calendar" as const, unit: "month" as const, timeZone: "Europe/Berlin" },
    windowStart: "2026-11-30T23:00:00.000Z",
    evaluatedAt: "2026-12-01T23:00:00.000Z",
  };

  it("leads a calendar row with the period budget, the so-far figure one line below", () => {
    const row = troubleRowOf(
      status("ledger", { ...calendar, status: "breached", errorBudget: { consumed: 13.57, remaining: -12.57 }, periodBudget: { consumed: 0.4377, remaining: 0.5623 } }),
    );
    expect(row.budgetLeft).toBe(0.5623);
    expect(row.period).toEqual({
      lead: "44% of December's budget used on day 1",
      soFar: "The first day's errors are 13.6× what one day allows",
    });
  });

  it("keeps rolling rows on their window's budget", () => {
    const row = troubleRowOf(status("rolling", { window: { kind: "rolling", days: 30 }, windowStart: "2026-11-01T00:00:00.000Z", evaluatedAt: "2026-12-01T00:00:00.000Z", periodBudget: { consumed: 0.5, remaining: 0.5 } }));
    expect(row.period).toBeNull();
    expect(row.budgetLeft).toBe(0.5);
  });

  it("lists a stale SLO in trouble even when healthy, saying since when data is missing", () => {
    const overview = buildOverview([status("fresh", {}), status("silent", { stale: true, lastDataAt: "2026-12-02T09:42:00.000Z" })]);
    expect(overview.stale).toBe(1);
    expect(overview.trouble.map((r) => [r.slug, r.why, r.stale, r.lastDataAt])).toEqual([["silent", "No SLI data since 2026-12-02 09:42 UTC.", true, "2026-12-02T09:42:00.000Z"]]);
  });

  it("keeps the two budget reasons after the missing data", () => {
    const spent = status("spent", { status: "breached", stale: true, lastDataAt: "2026-12-02T09:42:00.000Z", errorBudget: { consumed: 1.2, remaining: -0.2 }, policy: { state: "freeze", reasons: [{ rule: "early_burn", message: "Early." }] } });
    expect(troubleReason(spent)).toBe("No SLI data since 2026-12-02 09:42 UTC. The error budget of this window is spent. Early.");
  });
});

import { describe, expect, it } from "vitest";
import { drillCutoffMs, evaluateCheck, firstGap, type DrillFacts, type ServiceFacts } from "./checks";
import type { AutomaticCheck } from "./types";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEFAULTS = { oncallCoverageDays: 14, drillWithinMonths: 6 };
const NO_TIMINGS = { detectMinutes: null, acknowledgeMinutes: null, escalateMinutes: null, resolveMinutes: null };

const facts = (over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  service: { slug: "accounts-api", name: "Accounts API" },
  team: { slug: "core-banking", name: "Core Banking" },
  slos: [],
  runbooks: [],
  oncall: { schedules: [], shifts: [] },
  actionItems: [],
  drills: [],
  ...over,
});
const run = (check: AutomaticCheck, f: ServiceFacts, now = NOW) => evaluateCheck(check, f, now, DEFAULTS);
const drill = (over: Partial<DrillFacts>): DrillFacts => ({ id: 7, title: "Ledger failover", status: "completed", ranAtMs: NOW, timings: NO_TIMINGS, ...over });

describe("SLO checks", () => {
  const slo = { slug: "accounts-availability", name: "Accounts availability", alertWindows: null, budgetRemaining: 0.4 };

  it("fails without SLOs and links each SLO when there are some", () => {
    expect(run({ kind: "slo_defined" }, facts())).toEqual({ status: "fail", message: "Accounts API has no SLO. Define at least one so its reliability target is explicit.", evidence: [] });
    expect(run({ kind: "slo_defined" }, facts({ slos: [slo] }))).toEqual({ status: "pass", message: "Accounts API has 1 SLO.", evidence: [{ label: "Accounts availability", href: "/slos/accounts-availability" }] });
  });

  it("burn-rate alerting: the engine's default windows page; ticket-only windows do not; no SLO fails", () => {
    expect(run({ kind: "burn_rate_alerting" }, facts({ slos: [slo] })).status).toBe("pass");
    const ticketOnly = { ...slo, slug: "quiet", name: "Quiet latency", alertWindows: [{ severity: "ticket" as const, longWindow: "1d" as const, shortWindow: "2h" as const, budgetPercent: 10 }] };
    const result = run({ kind: "burn_rate_alerting" }, facts({ slos: [slo, ticketOnly] }));
    expect(result).toEqual({ status: "fail", message: "No page-severity burn-rate alert on: Quiet latency.", evidence: [{ label: "Quiet latency", href: "/slos/quiet" }] });
    expect(run({ kind: "burn_rate_alerting" }, facts()).status).toBe("fail");
  });

  it("budget: exactly 0 remaining is exhausted, a sliver left is not, unknown is not", () => {
    expect(run({ kind: "no_exhausted_budget" }, facts({ slos: [{ ...slo, budgetRemaining: 0 }] }))).toMatchObject({ status: "fail", message: "Error budget exhausted: Accounts availability." });
    expect(run({ kind: "no_exhausted_budget" }, facts({ slos: [{ ...slo, budgetRemaining: 0.0001 }, { ...slo, slug: "x", budgetRemaining: null }] })).status).toBe("pass");
    expect(run({ kind: "no_exhausted_budget" }, facts()).status).toBe("pass");
  });
});

describe("runbook", () => {
  it("links the service's runbooks", () => {
    expect(run({ kind: "runbook" }, facts()).status).toBe("fail");
    expect(run({ kind: "runbook" }, facts({ runbooks: [{ slug: "ledger-lag", title: "Ledger lag" }] }))).toEqual({
      status: "pass",
      message: "Accounts API has 1 runbook.",
      evidence: [{ label: "Ledger lag", href: "/services/accounts-api/runbooks/ledger-lag" }],
    });
  });
});

describe("on-call coverage", () => {
  const schedules = [{ slug: "core-primary", name: "Core primary" }];

  it("finds the first gap, including one at the very end", () => {
    expect(firstGap([{ fromMs: 0, untilMs: 10 }, { fromMs: 10, untilMs: 20 }], 0, 20)).toBeNull();
    expect(firstGap([{ fromMs: 0, untilMs: 10 }, { fromMs: 12, untilMs: 20 }], 0, 20)).toEqual({ fromMs: 10, untilMs: 12 });
    expect(firstGap([{ fromMs: 0, untilMs: 19 }], 0, 20)).toEqual({ fromMs: 19, untilMs: 20 });
    expect(firstGap([{ fromMs: 5, untilMs: 30 }], 0, 20)).toEqual({ fromMs: 0, untilMs: 5 });
    expect(firstGap([{ fromMs: 0, untilMs: 15 }, { fromMs: 3, untilMs: 8 }, { fromMs: 15, untilMs: 25 }], 0, 20)).toBeNull();
  });

  it("passes when 14 days are covered, fails an hour short at the end, and without schedules", () => {
    const covered = facts({ oncall: { schedules, shifts: [{ fromMs: NOW - DAY, untilMs: NOW + 7 * DAY }, { fromMs: NOW + 7 * DAY, untilMs: NOW + 14 * DAY }] } });
    expect(run({ kind: "oncall_coverage" }, covered)).toEqual({ status: "pass", message: "Team Core Banking's on-call covers the next 14 days.", evidence: [{ label: "Core primary", href: "/oncall/core-primary" }] });
    const short = facts({ oncall: { schedules, shifts: [{ fromMs: NOW - DAY, untilMs: NOW + 14 * DAY - HOUR }] } });
    expect(run({ kind: "oncall_coverage" }, short).message).toBe("Nobody of team Core Banking is on call from 2026-12-16 11:00 UTC to 2026-12-16 12:00 UTC (the next 14 days must be covered).");
    expect(run({ kind: "oncall_coverage", days: 13 }, short).status).toBe("pass");
    expect(run({ kind: "oncall_coverage" }, facts())).toEqual({ status: "fail", message: "Team Core Banking has no on-call schedule.", evidence: [] });
  });
});

describe("overdue action items", () => {
  it("counts open items due before now; done, undated and due-now items do not", () => {
    const items = [
      { id: 1, title: "Add ledger alert", status: "open", dueAtMs: NOW - DAY, incidentNumber: 12 },
      { id: 2, title: "Done already", status: "done", dueAtMs: NOW - 2 * DAY, incidentNumber: 12 },
      { id: 3, title: "Someday", status: "open", dueAtMs: null, incidentNumber: 12 },
      { id: 4, title: "Due this instant", status: "in_progress", dueAtMs: NOW, incidentNumber: 13 },
    ];
    expect(run({ kind: "no_overdue_action_items" }, facts({ actionItems: items }))).toEqual({
      status: "fail",
      message: '1 postmortem action item past due: "Add ledger alert".',
      evidence: [{ label: "#12: Add ledger alert (due 2026-12-01 12:00 UTC)", href: "/incidents/12" }],
    });
    expect(run({ kind: "no_overdue_action_items" }, facts({ actionItems: items.slice(1) })).status).toBe("pass");
  });
});

describe("recent drill", () => {
  it("cuts off the same instant N calendar months earlier in UTC; month ends clamp", () => {
    expect(new Date(drillCutoffMs(NOW, 6)).toISOString()).toBe("2026-06-02T12:00:00.000Z");
    expect(new Date(drillCutoffMs(Date.parse("2026-08-31T00:00:00Z"), 6)).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });

  it("a drill exactly 6 months old passes; one a day older fails", () => {
    const exactly = Date.parse("2026-06-02T12:00:00Z");
    const timings = { detectMinutes: 4.5, acknowledgeMinutes: 2, escalateMinutes: 11, resolveMinutes: 40 };
    expect(run({ kind: "recent_drill" }, facts({ drills: [drill({ ranAtMs: exactly, timings })] }))).toEqual({
      status: "pass",
      message: "A drill of Accounts API ran 2026-06-02 12:00 UTC, in the last 6 months: detected in 5 min, acknowledged in 2 min, escalated in 11 min.",
      evidence: [{ label: "Ledger failover, run 2026-06-02 12:00 UTC: detected in 5 min, acknowledged in 2 min, escalated in 11 min", href: "/drills/7" }],
    });
    const older = run({ kind: "recent_drill" }, facts({ drills: [drill({ ranAtMs: exactly - DAY })] }));
    expect(older.status).toBe("fail");
    expect(older.message).toBe("The latest drill of Accounts API ran 2026-06-01 12:00 UTC, more than 6 months ago. Run one in the last 6 months.");
    expect(older.evidence).toEqual([{ label: "Ledger failover, run 2026-06-01 12:00 UTC: no timings recorded", href: "/drills/7" }]);
  });

  it("a planned or cancelled drill does not count; a running one does; the item's own months win", () => {
    expect(run({ kind: "recent_drill" }, facts({ drills: [drill({ status: "planned", ranAtMs: null })] })).message).toBe(
      "No drill or game day of Accounts API has run (one is planned, which does not count). One must have run in the last 6 months.",
    );
    expect(run({ kind: "recent_drill" }, facts({ drills: [drill({ status: "cancelled", ranAtMs: NOW - DAY })] })).status).toBe("fail");
    expect(run({ kind: "recent_drill" }, facts({ drills: [drill({ status: "running", ranAtMs: NOW - DAY })] })).status).toBe("pass");
    const eightMonths = facts({ drills: [drill({ ranAtMs: Date.parse("2026-04-02T12:00:00Z") })] });
    expect(run({ kind: "recent_drill" }, eightMonths).status).toBe("fail");
    expect(run({ kind: "recent_drill", months: 8 }, eightMonths).status).toBe("pass");
  });

  it("judges the latest run drill", () => {
    const f = facts({ drills: [drill({ id: 1, ranAtMs: NOW - 300 * DAY }), drill({ id: 2, ranAtMs: NOW - 10 * DAY })] });
    expect(run({ kind: "recent_drill" }, f)).toMatchObject({ status: "pass", evidence: [{ href: "/drills/2" }] });
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_INCIDENT_POLICY } from "../policy";
import { formatDuration, formatEscalation, formatMinutes } from "./format";
import { nextMoves } from "./moves";
import { overdueView } from "./overdue";
import { incidentRow, tagsFromText } from "./rows";
import { lifecycleSteps } from "./stepper";
import { dayStartIso } from "./filters";

const at = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00Z`);

describe("formatMinutes", () => {
  it("uses the two largest units", () => {
    expect(formatMinutes(5)).toBe("5 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(1_440)).toBe("1 day");
    expect(formatMinutes(10_080)).toBe("7 days");
    expect(formatMinutes(1_441)).toBe("1 day 1 min");
    expect(formatMinutes(1_500)).toBe("1 day 1 h");
    expect(formatMinutes(0)).toBe("0 min");
  });
  it("rounds durations down to the minute", () => {
    expect(formatDuration(59_999)).toBe("under 1 min");
    expect(formatDuration(12 * 60_000 + 59_000)).toBe("12 min");
    expect(formatDuration(-5)).toBe("under 1 min");
  });
  it("words the escalation rule", () => {
    expect(formatEscalation(null)).toBe("never on its own");
    expect(formatEscalation(0)).toBe("at once");
    expect(formatEscalation(60)).toBe("after 1 h");
  });
});

describe("overdueView", () => {
  const sev2 = { severity: "SEV2" as const, startedAt: at("10:00"), resolvedAt: null };
  it("says by how much the response target was missed while nobody acknowledged", () => {
    // SEV2 answers within 15 min: due 10:15, now 10:27.
    expect(overdueView({ ...sev2, status: "triggered", acknowledgedAt: null }, DEFAULT_INCIDENT_POLICY, at("10:27"))).toEqual({ overdue: true, missed: ["Response target missed by 12 min"] });
  });
  it("is on time at the deadline minute itself", () => {
    expect(overdueView({ ...sev2, status: "triggered", acknowledgedAt: null }, DEFAULT_INCIDENT_POLICY, at("10:15"))).toEqual({ overdue: false, missed: [] });
  });
  it("keeps a late acknowledgement as missed but not overdue once acknowledged and within resolution", () => {
    expect(overdueView({ ...sev2, status: "acknowledged", acknowledgedAt: at("10:20") }, DEFAULT_INCIDENT_POLICY, at("11:00"))).toEqual({ overdue: false, missed: ["Response target missed by 5 min"] });
  });
  it("is overdue past the resolution target (SEV2: 4 h)", () => {
    expect(overdueView({ ...sev2, status: "investigating", acknowledgedAt: at("10:05") }, DEFAULT_INCIDENT_POLICY, at("14:30"))).toEqual({ overdue: true, missed: ["Resolution target missed by 30 min"] });
  });
  it("is never overdue once resolved, but remembers the miss", () => {
    expect(overdueView({ ...sev2, status: "resolved", acknowledgedAt: at("10:05"), resolvedAt: at("15:00") }, DEFAULT_INCIDENT_POLICY, at("18:00"))).toEqual({ overdue: false, missed: ["Resolution target missed by 1 h"] });
  });
});

describe("lifecycleSteps", () => {
  it("marks reached steps with their time after the start, skipped ones, the current one and those ahead", () => {
    const steps = lifecycleSteps({ status: "mitigated", startedAt: at("10:00"), acknowledgedAt: at("10:04"), investigatingAt: null, mitigatedAt: at("11:30"), resolvedAt: null, closedAt: null });
    expect(steps.map((s) => [s.status, s.state, s.afterStart])).toEqual([
      ["triggered", "done", null],
      ["acknowledged", "done", "+4 min"],
      ["investigating", "skipped", null],
      ["mitigated", "current", "+1 h 30 min"],
      ["resolved", "upcoming", null],
      ["closed", "upcoming", null],
    ]);
    expect(steps[0]!.at).toEqual(at("10:00"));
  });
});

describe("nextMoves", () => {
  const none = { postmortemRequired: false, postmortemPublished: false };
  it("offers every forward step before resolved from triggered", () => {
    expect(nextMoves("triggered", none).map((m) => m.label)).toEqual(["Acknowledge", "Investigating", "Mitigated", "Resolve"]);
    expect(nextMoves("triggered", none)[0]!.primary).toBe(true);
  });
  it("offers Resolve and Reopen when mitigated", () => {
    expect(nextMoves("mitigated", none).map((m) => [m.label, m.to])).toEqual([["Resolve", "resolved"], ["Reopen", "investigating"]]);
  });
  it("keeps Close with its reason when the severity needs a published postmortem", () => {
    const moves = nextMoves("resolved", { postmortemRequired: true, postmortemPublished: false });
    expect(moves.map((m) => [m.label, m.refusal])).toEqual([
      ["Close", "This severity needs a published postmortem before the incident is closed"],
      ["Reopen", null],
    ]);
    expect(nextMoves("resolved", { postmortemRequired: true, postmortemPublished: true })[0]!.refusal).toBeNull();
  });
  it("offers nothing once closed", () => {
    expect(nextMoves("closed", none)).toEqual([]);
  });
});

describe("incidentRow", () => {
  const facts = {
    number: 7,
    title: "Checkout errors",
    severity: "SEV1" as const,
    isDrill: false,
    startedAt: at("10:00"),
    tags: ["db"],
    services: [{ slug: "checkout", name: "Checkout" }],
    commander: null,
    assignee: { name: "Eli Engineer" },
  };
  it("shows an open incident's age and the missed target", () => {
    const row = incidentRow({ ...facts, status: "acknowledged", acknowledgedAt: at("10:03"), resolvedAt: null }, DEFAULT_INCIDENT_POLICY, at("11:10"));
    expect(row).toMatchObject({ href: "/incidents/7", statusLabel: "Acknowledged", duration: "Open for 1 h 10 min", lead: "Eli Engineer", overdue: true, overdueText: "Resolution target missed by 10 min" });
  });
  it("shows how long a resolved one took", () => {
    const row = incidentRow({ ...facts, status: "resolved", acknowledgedAt: at("10:03"), resolvedAt: at("10:45") }, DEFAULT_INCIDENT_POLICY, at("12:00"));
    expect(row).toMatchObject({ duration: "Resolved in 45 min", overdue: false, overdueText: null });
  });
});

describe("tagsFromText", () => {
  it("splits, trims and drops empties and repeats", () => {
    expect(tagsFromText(" db, network,,db ,")).toEqual(["db", "network"]);
    expect(tagsFromText("")).toEqual([]);
  });
});

describe("dayStartIso", () => {
  it("reads a day in the organisation's zone, across a DST change", () => {
    expect(dayStartIso("2026-03-28", "Europe/Berlin")).toBe("2026-03-27T23:00:00.000Z");
    // 29 March 2026 is 23 hours long in Berlin: the next day starts at 22:00 UTC.
    expect(dayStartIso("2026-03-29", "Europe/Berlin", { after: true })).toBe("2026-03-29T22:00:00.000Z");
    expect(dayStartIso("2026-12-02", "UTC")).toBe("2026-12-02T00:00:00.000Z");
  });
  it("ignores what is not a day", () => {
    expect(dayStartIso("", "UTC")).toBeNull();
    expect(dayStartIso(undefined, "UTC")).toBeNull();
    expect(dayStartIso("2026-13-45", "UTC")).toBeNull();
  });
});

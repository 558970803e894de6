import { describe, expect, it } from "vitest";
import { DEFAULT_INCIDENT_POLICY } from "./policy";
import { minutesInWords, sweepIncident, type SweepFacts } from "./sweep";

const start = new Date("2026-03-29T00:30:00Z");
const at = (iso: string) => new Date(iso);
const open = (facts: Partial<SweepFacts>): SweepFacts => ({
  severity: "SEV1",
  status: "triggered",
  startedAt: start,
  acknowledgedAt: null,
  resolvedAt: null,
  escalatedAt: null,
  responseOverdueAt: null,
  resolutionOverdueAt: null,
  ...facts,
});

describe("minutesInWords", () => {
  it("says targets the way the policy means them", () => {
    expect([5, 15, 60, 90, 240, 1_440, 2_880, 10_080, 0].map(minutesInWords)).toEqual(["5 min", "15 min", "1 h", "90 min", "4 h", "1 day", "2 days", "1 week", "0 min"]);
  });
});

describe("sweepIncident", () => {
  it("SEV1: the response deadline itself is on time; a second later it is overdue and says so once", () => {
    // SEV1 escalated at once when it opened.
    const sev1 = open({ escalatedAt: start });
    expect(sweepIncident(sev1, DEFAULT_INCIDENT_POLICY, at("2026-03-29T00:35:00Z"))).toEqual({ changes: {}, entries: [] });
    const late = at("2026-03-29T00:35:01Z");
    const outcome = sweepIncident(sev1, DEFAULT_INCIDENT_POLICY, late);
    expect(outcome).toEqual({ changes: { responseOverdueAt: late }, entries: ["Overdue: not acknowledged within 5 min (SEV1 target); escalated"] });
    // Marked: the next sweep adds nothing until the resolution target passes (1 h, across the DST change in Europe).
    const marked = { ...sev1, responseOverdueAt: late };
    expect(sweepIncident(marked, DEFAULT_INCIDENT_POLICY, at("2026-03-29T01:30:00Z"))).toEqual({ changes: {}, entries: [] });
    const later = at("2026-03-29T01:30:00.001Z");
    expect(sweepIncident(marked, DEFAULT_INCIDENT_POLICY, later)).toEqual({ changes: { resolutionOverdueAt: later }, entries: ["Overdue: not resolved within 1 h (SEV1 target); escalated"] });
    expect(sweepIncident({ ...marked, resolutionOverdueAt: later }, DEFAULT_INCIDENT_POLICY, at("2026-03-30T00:00:00Z"))).toEqual({ changes: {}, entries: [] });
  });

  it("an acknowledged incident is not late to respond, but can be late to resolve", () => {
    const acked = open({ severity: "SEV3", acknowledgedAt: at("2026-03-29T02:00:00Z") });
    expect(sweepIncident(acked, DEFAULT_INCIDENT_POLICY, at("2026-03-30T00:30:00Z"))).toEqual({ changes: {}, entries: [] });
    const now = at("2026-03-30T00:31:00Z");
    expect(sweepIncident(acked, DEFAULT_INCIDENT_POLICY, now)).toEqual({ changes: { resolutionOverdueAt: now, escalatedAt: now }, entries: ["Overdue: not resolved within 1 day (SEV3 target); escalated"] });
  });

  it("SEV2: overdue to respond after 15 min escalates then; the 1 h escalation is not repeated", () => {
    const sev2 = open({ severity: "SEV2" });
    const late = at("2026-03-29T00:46:00Z");
    expect(sweepIncident(sev2, DEFAULT_INCIDENT_POLICY, late)).toEqual({ changes: { responseOverdueAt: late, escalatedAt: late }, entries: ["Overdue: not acknowledged within 15 min (SEV2 target); escalated"] });
    expect(sweepIncident({ ...sev2, responseOverdueAt: late, escalatedAt: late }, DEFAULT_INCIDENT_POLICY, at("2026-03-29T01:31:00Z"))).toEqual({ changes: {}, entries: [] });
  });

  it("SEV2 acknowledged in time escalates on its own at exactly 1 h", () => {
    const acked = open({ severity: "SEV2", status: "investigating", acknowledgedAt: at("2026-03-29T00:40:00Z") });
    expect(sweepIncident(acked, DEFAULT_INCIDENT_POLICY, at("2026-03-29T01:29:59.999Z"))).toEqual({ changes: {}, entries: [] });
    const due = at("2026-03-29T01:30:00Z");
    expect(sweepIncident(acked, DEFAULT_INCIDENT_POLICY, due)).toEqual({ changes: { escalatedAt: due }, entries: ["Escalated: the SEV2 policy escalates after 1 h"] });
    expect(sweepIncident({ ...acked, escalatedAt: due }, DEFAULT_INCIDENT_POLICY, at("2026-03-29T01:31:00Z"))).toEqual({ changes: {}, entries: [] });
  });

  it("without the overdue rule, only the severity's own escalation happens", () => {
    const policy = { ...DEFAULT_INCIDENT_POLICY, escalateWhenOverdue: false };
    expect(sweepIncident(open({ severity: "SEV4" }), policy, at("2026-05-01T00:00:00Z"))).toEqual({ changes: {}, entries: [] });
    const now = at("2026-03-29T01:30:00Z");
    expect(sweepIncident(open({ severity: "SEV2" }), policy, now)).toEqual({ changes: { escalatedAt: now }, entries: ["Escalated: the SEV2 policy escalates after 1 h"] });
  });
});

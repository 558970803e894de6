import { describe, expect, it } from "vitest";
import { escalationDueAt, isOverdue, moveRefusal, overdueState, stampsAfterMove, type LifecycleStamps } from "./lifecycle";
import { DEFAULT_INCIDENT_POLICY, completePolicy } from "./policy";

const at = (iso: string) => new Date(iso);
const none: LifecycleStamps = { acknowledgedAt: null, investigatingAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null };
const noPostmortem = { postmortemRequired: false, postmortemPublished: false };

describe("moves", () => {
  it("go forward, skipping steps, and may reopen a mitigated or resolved incident", () => {
    expect(moveRefusal("triggered", "resolved", noPostmortem)).toBeNull();
    expect(moveRefusal("resolved", "investigating", noPostmortem)).toBeNull();
    expect(moveRefusal("mitigated", "acknowledged", noPostmortem)).toBeNull();
    expect(moveRefusal("acknowledged", "triggered", noPostmortem)).toBe("An incident cannot go back to triggered");
    expect(moveRefusal("closed", "investigating", noPostmortem)).toBe("A closed incident cannot change status");
    expect(moveRefusal("investigating", "investigating", noPostmortem)).toBe("The incident is already investigating");
  });

  it("close only a resolved incident, and only with a published postmortem where the severity requires one", () => {
    expect(moveRefusal("mitigated", "closed", noPostmortem)).toBe("Resolve the incident before closing it");
    expect(moveRefusal("resolved", "closed", { postmortemRequired: true, postmortemPublished: false })).toBe("This severity needs a published postmortem before the incident is closed");
    expect(moveRefusal("resolved", "closed", { postmortemRequired: true, postmortemPublished: true })).toBeNull();
    expect(moveRefusal("resolved", "closed", noPostmortem)).toBeNull();
  });
});

describe("stamps", () => {
  it("are only the five instants, even when given a whole incident row", () => {
    const t = at("2026-12-02T10:00:00Z");
    const row = { ...none, status: "triggered", title: "x" };
    expect(stampsAfterMove(row, "resolved", t, { byPerson: true })).toEqual({ ...none, acknowledgedAt: t, resolvedAt: t });
  });

  it("a person moving an incident past triggered acknowledges it; a skipped step keeps no instant", () => {
    const t = at("2026-11-01T10:07:00Z");
    expect(stampsAfterMove(none, "resolved", t, { byPerson: true })).toEqual({ ...none, acknowledgedAt: t, resolvedAt: t });
  });

  it("Alertmanager resolving an untouched incident leaves it unacknowledged", () => {
    const t = at("2026-11-01T10:07:00Z");
    expect(stampsAfterMove(none, "resolved", t, { byPerson: false })).toEqual({ ...none, resolvedAt: t });
  });

  it("keeps each step's first instant and clears the later ones on reopening", () => {
    const first = { ...none, acknowledgedAt: at("2026-11-01T10:02:00Z"), mitigatedAt: at("2026-11-01T10:30:00Z"), resolvedAt: at("2026-11-01T10:40:00Z") };
    const reopened = stampsAfterMove(first, "investigating", at("2026-11-01T11:00:00Z"), { byPerson: true });
    expect(reopened).toEqual({ ...none, acknowledgedAt: at("2026-11-01T10:02:00Z"), investigatingAt: at("2026-11-01T11:00:00Z") });
    const closed = stampsAfterMove({ ...first }, "closed", at("2026-11-03T09:00:00Z"), { byPerson: true });
    expect(closed.resolvedAt).toEqual(at("2026-11-01T10:40:00Z"));
    expect(closed.closedAt).toEqual(at("2026-11-03T09:00:00Z"));
  });
});

describe("overdue (SEV1: respond in 5 min, resolve in 1 h)", () => {
  const sev1 = { severity: "SEV1" as const, status: "triggered" as const, startedAt: at("2026-11-01T10:00:00Z"), acknowledgedAt: null, resolvedAt: null };

  it("the deadline minute itself is on time; a millisecond later is overdue", () => {
    expect(isOverdue(sev1, DEFAULT_INCIDENT_POLICY, at("2026-11-01T10:05:00Z"))).toBe(false);
    expect(isOverdue(sev1, DEFAULT_INCIDENT_POLICY, at("2026-11-01T10:05:00.001Z"))).toBe(true);
    expect(overdueState(sev1, DEFAULT_INCIDENT_POLICY, at("2026-11-01T10:05:00Z")).responseDueAt).toEqual(at("2026-11-01T10:05:00Z"));
  });

  it("an acknowledged incident is overdue again only past the resolution target", () => {
    const acked = { ...sev1, status: "investigating" as const, acknowledgedAt: at("2026-11-01T10:09:00Z") };
    const state = overdueState(acked, DEFAULT_INCIDENT_POLICY, at("2026-11-01T10:30:00Z"));
    expect(state).toMatchObject({ responseMissed: true, resolutionMissed: false });
    expect(isOverdue(acked, DEFAULT_INCIDENT_POLICY, at("2026-11-01T10:30:00Z"))).toBe(false);
    expect(isOverdue(acked, DEFAULT_INCIDENT_POLICY, at("2026-11-01T11:00:01Z"))).toBe(true);
  });

  it("a resolved incident is never overdue, though it may have missed its targets", () => {
    const resolved = { ...sev1, status: "resolved" as const, acknowledgedAt: at("2026-11-01T10:04:00Z"), resolvedAt: at("2026-11-01T11:20:00Z") };
    expect(isOverdue(resolved, DEFAULT_INCIDENT_POLICY, at("2026-11-02T00:00:00Z"))).toBe(false);
    expect(overdueState(resolved, DEFAULT_INCIDENT_POLICY, at("2026-11-02T00:00:00Z"))).toMatchObject({ responseMissed: false, resolutionMissed: true });
  });

  it("SEV4 (Keel's default: a day to respond) is not overdue after 23 hours", () => {
    const sev4 = { ...sev1, severity: "SEV4" as const };
    expect(isOverdue(sev4, DEFAULT_INCIDENT_POLICY, at("2026-11-02T09:00:00Z"))).toBe(false);
    expect(isOverdue(sev4, DEFAULT_INCIDENT_POLICY, at("2026-11-02T10:00:01Z"))).toBe(true);
  });
});

describe("escalation and the stored policy", () => {
  it("SEV1 escalates at once, SEV2 after an hour, SEV3 never on its own", () => {
    const start = at("2026-11-01T10:00:00Z");
    expect(escalationDueAt("SEV1", start, DEFAULT_INCIDENT_POLICY)).toEqual(start);
    expect(escalationDueAt("SEV2", start, DEFAULT_INCIDENT_POLICY)).toEqual(at("2026-11-01T11:00:00Z"));
    expect(escalationDueAt("SEV3", start, DEFAULT_INCIDENT_POLICY)).toBeNull();
  });

  it("a stored policy missing a rule takes Keel's default for it", () => {
    const policy = completePolicy({ deployWindowMinutes: 30, severities: { SEV3: { ...DEFAULT_INCIDENT_POLICY.severities.SEV3, respondWithinMinutes: 30 } } as never });
    expect(policy.deployWindowMinutes).toBe(30);
    expect(policy.severities.SEV3.respondWithinMinutes).toBe(30);
    expect(policy.severities.SEV1).toEqual(DEFAULT_INCIDENT_POLICY.severities.SEV1);
    expect(policy.workingHours).toEqual(DEFAULT_INCIDENT_POLICY.workingHours);
  });
});

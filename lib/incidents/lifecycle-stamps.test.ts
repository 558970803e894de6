import { describe, expect, it } from "vitest";
import { stampsAfterMove } from "./lifecycle";

describe("stampsAfterMove", () => {
  it("returns only the five instants, so spreading it into a change cannot undo the status or other columns", () => {
    const at = new Date("2026-12-02T10:00:00Z");
    const incident = { status: "triggered", isHumanTouched: false, acknowledgedAt: null, investigatingAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null };
    const stamps = stampsAfterMove(incident, "resolved", at, { byPerson: false });
    expect(stamps).toEqual({ acknowledgedAt: null, investigatingAt: null, mitigatedAt: null, resolvedAt: at, closedAt: null });
    expect({ status: "resolved", ...stamps }.status).toBe("resolved");
    expect(stampsAfterMove(incident, "investigating", at, { byPerson: true })).toEqual({ acknowledgedAt: at, investigatingAt: at, mitigatedAt: null, resolvedAt: null, closedAt: null });
  });
});

import { describe, expect, it } from "vitest";
import { stampsAfterMove } from "./lifecycle";

describe("stampsAfterMove", () => {
  it("returns only the five instants, even when given a whole incident row", () => {
    const at = new Date("2026-12-02T10:00:00Z");
    const row = { status: "triggered", title: "x", acknowledgedAt: null, investigatingAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null };
    expect(stampsAfterMove(row, "resolved", at, { byPerson: true })).toEqual({ acknowledgedAt: at, investigatingAt: null, mitigatedAt: null, resolvedAt: at, closedAt: null });
  });
});

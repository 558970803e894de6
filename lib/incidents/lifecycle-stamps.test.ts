import { describe, expect, it } from "vitest";
import { stampsAfterMove } from "./lifecycle";

const at = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00Z`);

describe("stampsAfterMove (used by every status change)", () => {
  it("returns only the stamps, so a record's own status never overrides the move", () => {
    const record = { status: "triggered", title: "x", acknowledgedAt: null, investigatingAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null };
    expect(stampsAfterMove(record, "acknowledged", at("10:05"), { byPerson: true })).toEqual({ acknowledgedAt: at("10:05"), investigatingAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null });
  });
});

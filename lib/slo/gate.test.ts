import { describe, expect, it } from "vitest";
import { decideGate } from "./gate";

const AT = Date.UTC(2026, 10, 25, 12, 0);
const frozen = { slo: "checkout-availability", state: "freeze" as const, reasons: [{ rule: "budget_exhausted" as const, state: "freeze" as const, message: "Error budget exhausted" }, { rule: "budget_low" as const, state: "warn" as const, message: "low" }] };

describe("decideGate", () => {
  it("allows when no SLO is frozen, even with warnings", () => {
    expect(decideGate([{ slo: "a", state: "warn", reasons: [{ rule: "budget_low", state: "warn", message: "low" }] }], [], AT)).toEqual({ allowed: true, reasons: [], exception: null });
    expect(decideGate([], [], AT).allowed).toBe(true);
  });

  it("denies with the freeze reasons only", () => {
    expect(decideGate([frozen], [], AT)).toEqual({
      allowed: false,
      reasons: [{ slo: "checkout-availability", rule: "budget_exhausted", message: "Error budget exhausted" }],
      exception: null,
    });
  });

  it("allows under a live exception and ignores expired or revoked ones", () => {
    const expired = { id: 1, reason: "hotfix", grantedBy: "admin@keel.local", createdAtMs: AT - 7_200_000, expiresAtMs: AT, revokedAtMs: null };
    const revoked = { id: 2, reason: "x", grantedBy: "admin@keel.local", createdAtMs: AT - 7_200_000, expiresAtMs: AT + 3_600_000, revokedAtMs: AT - 1 };
    const future = { id: 4, reason: "later", grantedBy: "admin@keel.local", createdAtMs: AT + 1, expiresAtMs: AT + 3_600_000, revokedAtMs: null };
    expect(decideGate([frozen], [expired, revoked, future], AT).allowed).toBe(false);
    const live = { id: 3, reason: "Security patch", grantedBy: "admin@keel.local", createdAtMs: AT - 60_000, expiresAtMs: AT + 3_600_000, revokedAtMs: AT + 60_000 };
    const decision = decideGate([frozen], [expired, live], AT);
    expect(decision.allowed).toBe(true);
    expect(decision.exception).toBe(live);
    expect(decision.reasons.at(-1)).toMatchObject({ rule: "exception", message: expect.stringContaining("Security patch") });
  });
});

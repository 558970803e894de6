import { describe, expect, it } from "vitest";
import { decideGate, gateSince } from "./gate";

const AT = Date.UTC(2026, 10, 25, 12, 0);
const HOUR = 3_600_000;
const frozen = {
  slo: "checkout-availability",
  name: "Checkout availability",
  state: "freeze" as const,
  reasons: [{ rule: "budget_exhausted" as const, state: "freeze" as const, message: "Error budget exhausted" }, { rule: "budget_low" as const, state: "warn" as const, message: "low" }],
  warmUpUntilMs: null,
};

describe("decideGate", () => {
  it("allows when no SLO is frozen, even with warnings", () => {
    expect(decideGate([{ slo: "a", name: "A", state: "warn", reasons: [{ rule: "budget_low", state: "warn", message: "low" }], warmUpUntilMs: null }], [], AT)).toEqual({ allowed: true, reasons: [], exception: null });
    expect(decideGate([], [], AT).allowed).toBe(true);
  });

  it("denies with the freeze reasons only, each naming its SLO", () => {
    expect(decideGate([frozen], [], AT)).toEqual({
      allowed: false,
      reasons: [{ slo: "checkout-availability", rule: "budget_exhausted", message: "Checkout availability: Error budget exhausted" }],
      exception: null,
    });
  });

  it("keeps the gate open for a frozen SLO in its warm-up and says until when", () => {
    const newSlo = { ...frozen, slo: "checkout-latency", name: "Checkout latency", warmUpUntilMs: AT + 23.5 * HOUR };
    expect(decideGate([newSlo], [], AT)).toEqual({
      allowed: true,
      reasons: [
        {
          slo: "checkout-latency",
          rule: "warm_up",
          message: "Checkout latency is in warm-up until 2026-11-26 11:30 UTC: its freeze is advisory and does not close the gate (Error budget exhausted)",
        },
      ],
      exception: null,
    });
    // A healthy SLO in warm-up is mentioned too, so a pipeline knows the gate may close once it ends.
    expect(decideGate([{ ...newSlo, state: "normal", reasons: [] }], [], AT).reasons[0]!.message).toBe("Checkout latency is in warm-up until 2026-11-26 11:30 UTC: its budget policy is advisory until then.");
    // At the instant the warm-up ends the freeze counts, and another SLO's freeze closes the gate whatever the warm-up.
    expect(decideGate([{ ...newSlo, warmUpUntilMs: AT }], [], AT).allowed).toBe(false);
    const both = decideGate([newSlo, frozen], [], AT);
    expect(both.allowed).toBe(false);
    expect(both.reasons.map((r) => r.rule)).toEqual(["budget_exhausted", "warm_up"]);
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
    expect(decision.reasons.at(-1)).toEqual({ slo: "", rule: "exception", message: "Allowed by an exception until 2026-11-25 13:00 UTC granted by admin@keel.local: Security patch" });
  });
});

describe("gateSince", () => {
  const change = (slo: string, hoursAgo: number, fromState: "normal" | "warn" | "freeze", toState: "normal" | "warn" | "freeze") => ({ slo, atMs: AT - hoursAgo * HOUR, fromState, toState });

  it("dates a closed gate from the earliest freeze still holding it closed", () => {
    const closed = decideGate([frozen, { ...frozen, slo: "checkout-latency" }], [], AT);
    const changes = [change("checkout-availability", 50, "normal", "freeze"), change("checkout-availability", 5, "warn", "freeze"), change("checkout-availability", 20, "freeze", "warn"), change("checkout-latency", 3, "normal", "freeze")];
    expect(gateSince(closed, ["checkout-availability", "checkout-latency"], changes)).toBe(AT - 5 * HOUR);
    // Frozen before the recorded history: nobody can say since when.
    expect(gateSince(closed, ["checkout-availability", "checkout-latency"], [change("checkout-latency", 3, "normal", "freeze")])).toBeNull();
  });

  it("dates an open gate from the last freeze that ended, or from the exception holding it open", () => {
    const open = decideGate([], [], AT);
    expect(gateSince(open, [], [change("a", 30, "normal", "freeze"), change("a", 10, "freeze", "warn"), change("b", 4, "warn", "normal")])).toBe(AT - 10 * HOUR);
    expect(gateSince(open, [], [])).toBeNull();
    const exception = { id: 3, reason: "Security patch", grantedBy: "admin@keel.local", createdAtMs: AT - 2 * HOUR, expiresAtMs: AT + HOUR, revokedAtMs: null };
    expect(gateSince(decideGate([frozen], [exception], AT), ["checkout-availability"], [])).toBe(AT - 2 * HOUR);
  });
});

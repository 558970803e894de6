// The deploy gate: a service may deploy unless one of its SLOs is frozen by policy and no live exception covers it.
import type { PolicyReason, PolicyState } from "./policy";

export type GateReason = { slo: string; rule: string; message: string };
export type GateException = { id: number; reason: string; grantedBy: string; createdAtMs: number; expiresAtMs: number; revokedAtMs: number | null };
export type GateDecision = {
  allowed: boolean;
  reasons: GateReason[];
  exception: GateException | null;
};

export function decideGate(sloPolicies: { slo: string; state: PolicyState; reasons: PolicyReason[] }[], exceptions: GateException[], atMs: number): GateDecision {
  const reasons = sloPolicies
    .filter((p) => p.state === "freeze")
    .flatMap((p) => p.reasons.filter((r) => r.state === "freeze").map((r) => ({ slo: p.slo, rule: r.rule, message: r.message })));
  // An exception covers the instants between its grant and its expiry or revocation.
  const live = exceptions.filter((e) => e.createdAtMs <= atMs && e.expiresAtMs > atMs && (e.revokedAtMs === null || e.revokedAtMs > atMs)).sort((a, b) => b.expiresAtMs - a.expiresAtMs)[0] ?? null;
  if (!reasons.length) return { allowed: true, reasons: [], exception: null };
  if (live) {
    return {
      allowed: true,
      reasons: [...reasons, { slo: "", rule: "exception", message: `Allowed by an exception until ${new Date(live.expiresAtMs).toISOString()} granted by ${live.grantedBy}: ${live.reason}` }],
      exception: live,
    };
  }
  return { allowed: false, reasons, exception: null };
}

// The deploy gate: a service may deploy unless one of its SLOs is frozen by policy, past its warm-up, and no live exception covers it.
import { formatUtcMinute } from "./format";
import type { PolicyReason, PolicyState } from "./policy";

/** `slo` is the SLO's slug (pipelines match on it); the message names the SLO as people know it. */
export type GateReason = { slo: string; rule: string; message: string };
export type GateException = { id: number; reason: string; grantedBy: string; createdAtMs: number; expiresAtMs: number; revokedAtMs: number | null };
export type GateDecision = {
  allowed: boolean;
  reasons: GateReason[];
  exception: GateException | null;
};

export type GateSloPolicy = {
  slo: string;
  /** The SLO's name, for the reasons' messages. */
  name: string;
  state: PolicyState;
  reasons: PolicyReason[];
  /** Set while the SLO is in its warm-up: its policy state is advisory and does not close the gate. */
  warmUpUntilMs: number | null;
};

function warmUpReason(p: GateSloPolicy & { warmUpUntilMs: number }): GateReason {
  const until = formatUtcMinute(p.warmUpUntilMs);
  const advisory = p.reasons.filter((r) => r.state === "freeze").map((r) => r.message);
  const message = advisory.length
    ? `${p.name} is in warm-up until ${until}: its freeze is advisory and does not close the gate (${advisory.join(" ")})`
    : `${p.name} is in warm-up until ${until}: its budget policy is advisory until then.`;
  return { slo: p.slo, rule: "warm_up", message };
}

export function decideGate(sloPolicies: GateSloPolicy[], exceptions: GateException[], atMs: number): GateDecision {
  const warmingUp = sloPolicies.filter((p): p is GateSloPolicy & { warmUpUntilMs: number } => p.warmUpUntilMs !== null && p.warmUpUntilMs > atMs);
  const notes = warmingUp.map(warmUpReason);
  const reasons = sloPolicies
    .filter((p) => p.state === "freeze" && !warmingUp.includes(p as GateSloPolicy & { warmUpUntilMs: number }))
    .flatMap((p) => p.reasons.filter((r) => r.state === "freeze").map((r) => ({ slo: p.slo, rule: r.rule, message: `${p.name}: ${r.message}` })));
  // An exception covers the instants between its grant and its expiry or revocation.
  const live = exceptions.filter((e) => e.createdAtMs <= atMs && e.expiresAtMs > atMs && (e.revokedAtMs === null || e.revokedAtMs > atMs)).sort((a, b) => b.expiresAtMs - a.expiresAtMs)[0] ?? null;
  if (!reasons.length) return { allowed: true, reasons: notes, exception: null };
  if (live) {
    return {
      allowed: true,
      reasons: [...reasons, ...notes, { slo: "", rule: "exception", message: `Allowed by an exception until ${formatUtcMinute(live.expiresAtMs)} granted by ${live.grantedBy}: ${live.reason}` }],
      exception: live,
    };
  }
  return { allowed: false, reasons: [...reasons, ...notes], exception: null };
}

/** A change of one SLO's policy state, as the evaluator recorded it. */
export type PolicyChange = { slo: string; atMs: number; fromState: PolicyState; toState: PolicyState };

/**
 * Since when the gate has been as it is now: closed, from the moment the last of the blocking SLOs entered
 * freeze (the gate closed when the first did and stays closed while any does, so the earliest of them);
 * open by exception, from the exception's grant; open, from the latest moment an SLO left freeze. `recentChanges`
 * holds the service's SLOs' recent changes in any order. Null
 * when the history does not say (an open gate that was never closed, or an SLO frozen before history).
 */
export function gateSince(decision: GateDecision, blockingSlos: readonly string[], recentChanges: readonly PolicyChange[]): number | null {
  const latestChanges = [...recentChanges].sort((a, b) => b.atMs - a.atMs);
  if (decision.exception) return decision.exception.createdAtMs;
  if (!decision.allowed) {
    const entered = blockingSlos.map((slo) => latestChanges.find((c) => c.slo === slo && c.toState === "freeze")?.atMs ?? null);
    if (entered.some((at) => at === null) || !entered.length) return null;
    return Math.min(...(entered as number[]));
  }
  const left = latestChanges.filter((c) => c.fromState === "freeze").map((c) => c.atMs);
  return left.length ? Math.max(...left) : null;
}

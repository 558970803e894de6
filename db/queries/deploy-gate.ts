// The deploy-gate decision for a service at an instant, from its SLOs' policy states and its exceptions.
import "server-only";
import { decideGate, type GateDecision } from "@/lib/slo/gate";
import { listGateExceptions } from "./deploys";
import { listSloStatuses, type SloWithStatus } from "./slo-status";

type GateExceptionRow = Awaited<ReturnType<typeof listGateExceptions>>[number];

/** The decision from statuses and exceptions a caller already loaded (the service page shows both too). */
export function gateDecisionOf(statuses: readonly SloWithStatus[], exceptions: readonly GateExceptionRow[], atMs: number): GateDecision {
  return decideGate(
    statuses.map(({ record, status }) => ({ slo: record.slug, name: record.name, state: status.policy.state, reasons: status.policy.reasons, warmUpUntilMs: status.warmUpUntilMs })),
    exceptions.map((e) => ({ id: e.id, reason: e.reason, grantedBy: e.grantedBy, createdAtMs: e.createdAt.getTime(), expiresAtMs: e.expiresAt.getTime(), revokedAtMs: e.revokedAt?.getTime() ?? null })),
    atMs,
  );
}

export async function deployGateFor(service: { id: number; slug: string }, atMs: number): Promise<GateDecision> {
  const [statuses, exceptions] = await Promise.all([listSloStatuses(atMs, { service: service.slug }), listGateExceptions(service.id)]);
  return gateDecisionOf(statuses, exceptions, atMs);
}

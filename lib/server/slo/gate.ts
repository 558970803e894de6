// Deploy gate and budget policy changes: deployments by the owning team, exceptions and org-wide settings by admins.
import "server-only";
import { grantGateException as insertException, recordDeployment as insertDeployment, revokeGateException as endException } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { setOrgBudgetPolicy as storePolicy, setTierTargets as storeTierTargets } from "@/db/queries/settings";
import type { Deployment, GateException } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import type { BudgetPolicy } from "@/lib/slo/policy";
import { MAX_EXCEPTION_MS } from "@/lib/slo/schemas";
import { emitChange } from "../change-events";
import { assertAdmin, assertTeamChange, ChangeError, invalid } from "../errors";

async function serviceOf(slug: string) {
  const service = await findServiceBySlug(slug);
  if (!service) throw invalid(`service: no service with slug "${slug}"`, "service");
  return service;
}

export async function recordDeployment({ caller, input }: { caller: Caller; input: { service: string; version: string; description: string; atMs: number } }): Promise<{ deployment: Deployment; serviceSlug: string }> {
  const service = await serviceOf(input.service);
  assertTeamChange(caller, { id: service.teamId, slug: service.teamSlug }, `the deployments of service "${service.slug}"`);
  const deployment = await insertDeployment({ serviceId: service.id, serviceSlug: service.slug, version: input.version, description: input.description, at: new Date(input.atMs) }, caller.actor);
  emitChange({ entity: "deployment", action: "recorded", key: `${service.slug}@${input.version}`, actor: caller.actor.label });
  return { deployment, serviceSlug: service.slug };
}

/** Lets a frozen service deploy until the exception expires (at most 7 days ahead). */
export async function grantGateException({ caller, input, nowMs = Date.now() }: { caller: Caller; input: { service: string; reason: string; expiresAtMs: number }; nowMs?: number }): Promise<GateException & { serviceName: string }> {
  assertAdmin(caller);
  const service = await serviceOf(input.service);
  if (input.expiresAtMs <= nowMs) throw invalid("expiresAt: must be in the future", "expiresAt");
  if (input.expiresAtMs - nowMs > MAX_EXCEPTION_MS) throw invalid("expiresAt: an exception lasts at most 7 days", "expiresAt");
  const created = await insertException(
    { serviceId: service.id, serviceSlug: service.slug, reason: input.reason, expiresAt: new Date(input.expiresAtMs), grantedById: caller.kind === "user" ? caller.userId : null },
    caller.actor,
  );
  emitChange({ entity: "gate_exception", action: "created", key: service.slug, actor: caller.actor.label });
  return { ...created, serviceName: service.name };
}

export async function revokeGateException({ caller, exceptionId }: { caller: Caller; exceptionId: number }): Promise<void> {
  assertAdmin(caller);
  if (!(await endException(exceptionId, caller.actor))) throw new ChangeError("conflict", "That exception was already revoked.");
  emitChange({ entity: "gate_exception", action: "deleted", key: String(exceptionId), actor: caller.actor.label });
}

export async function setOrgBudgetPolicy({ caller, policy }: { caller: Caller; policy: BudgetPolicy }): Promise<void> {
  assertAdmin(caller);
  await storePolicy(policy, caller.actor);
  emitChange({ entity: "budget_policy", action: "updated", key: "org", actor: caller.actor.label });
}

export async function setTierTargets({ caller, targets }: { caller: Caller; targets: Record<1 | 2 | 3, number> }): Promise<void> {
  assertAdmin(caller);
  await storeTierTargets(targets, caller.actor);
  emitChange({ entity: "tier_targets", action: "updated", key: "org", actor: caller.actor.label });
}

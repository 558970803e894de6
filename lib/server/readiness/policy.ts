// The readiness policy: everyone reads it (pages, checks, the API); admins change it.
import "server-only";
import { getReadinessPolicy, setReadinessPolicy as storePolicy } from "@/db/queries/readiness-policy";
import type { Caller } from "@/lib/access/caller";
import type { ReadinessPolicy } from "@/lib/readiness/policy";
import { emitChange } from "../change-events";
import { assertAdmin } from "../errors";

export const readinessPolicy = getReadinessPolicy;

export async function setReadinessPolicy({ caller, policy }: { caller: Caller; policy: ReadinessPolicy }): Promise<ReadinessPolicy> {
  assertAdmin(caller);
  await storePolicy(policy, caller.actor);
  emitChange({ entity: "readiness_policy", action: "updated", key: "org", actor: caller.actor.label });
  return policy;
}

// The cost policy (budget thresholds, the anomaly rule, the forecast horizon): everyone reads it; admins change it.
import "server-only";
import { getCostPolicy, setCostPolicy as storePolicy } from "@/db/queries/cost-policy";
import type { Caller } from "@/lib/access/caller";
import { costPolicySchema, type CostPolicy } from "@/lib/costs/policy";
import { emitChange } from "../change-events";
import { assertAdmin, invalidInput } from "../errors";

export const costPolicy = getCostPolicy;

/** Replaces the policy (admins); the input is checked here too, so every adapter refuses the same way. */
export async function setCostPolicy({ caller, policy }: { caller: Caller; policy: unknown }): Promise<CostPolicy> {
  assertAdmin(caller);
  const parsed = costPolicySchema.safeParse(policy);
  if (!parsed.success) throw invalidInput(parsed.error);
  await storePolicy(parsed.data, caller.actor);
  emitChange({ entity: "cost_policy", action: "updated", key: "org", actor: caller.actor.label });
  return parsed.data;
}

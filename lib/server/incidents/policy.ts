// Changing the severity policy: admins only.
import "server-only";
import { setIncidentPolicy as storePolicy } from "@/db/queries/incident-policy";
import type { Caller } from "@/lib/access/caller";
import type { IncidentPolicy } from "@/lib/incidents/policy";
import { emitChange } from "../change-events";
import { assertAdmin } from "../errors";

export async function setIncidentPolicy({ caller, policy }: { caller: Caller; policy: IncidentPolicy }): Promise<IncidentPolicy> {
  assertAdmin(caller);
  await storePolicy(policy, caller.actor);
  emitChange({ entity: "incident_policy", action: "updated", key: "org", actor: caller.actor.label });
  return policy;
}

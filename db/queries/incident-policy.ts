// The organisation's severity policy (one settings row), read with Keel's defaults for rules it does not hold.
import "server-only";
import { eq } from "drizzle-orm";
import { completePolicy, type IncidentPolicy } from "@/lib/incidents/policy";
import { getDb } from "../client";
import { settings } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { getSetting, putSetting } from "./settings";

const KEY = "incidentPolicy";

export async function getIncidentPolicy(): Promise<IncidentPolicy> {
  return completePolicy(await getSetting<Partial<IncidentPolicy>>(KEY));
}

export async function setIncidentPolicy(policy: IncidentPolicy, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, KEY)).get()?.value ?? null;
    putSetting(tx, KEY, policy);
    writeAudit(tx, actor, { action: "incident_policy.update", entity: "incident_policy", entityId: "org", before, after: policy });
  });
}

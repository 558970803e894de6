// The organisation's readiness policy (one settings row), read with Keel's defaults for rules it does not hold.
import "server-only";
import { eq } from "drizzle-orm";
import { completeReadinessPolicy, type ReadinessPolicy } from "@/lib/readiness/policy";
import { getDb } from "../client";
import { settings } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { getSetting, putSetting } from "./settings";

const KEY = "readinessPolicy";

export async function getReadinessPolicy(): Promise<ReadinessPolicy> {
  return completeReadinessPolicy(await getSetting<Partial<ReadinessPolicy>>(KEY));
}

export async function setReadinessPolicy(policy: ReadinessPolicy, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, KEY)).get()?.value ?? null;
    putSetting(tx, KEY, policy);
    writeAudit(tx, actor, { action: "readiness_policy.update", entity: "readiness_policy", entityId: "org", before, after: policy });
  });
}

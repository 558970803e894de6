// The organisation's cost policy (one settings row, key `cost_policy`), read with Keel's defaults for rules it does not hold.
import "server-only";
import { eq } from "drizzle-orm";
import { completeCostPolicy, type CostPolicy } from "@/lib/costs/policy";
import { getDb } from "../client";
import { settings } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { getSetting, putSetting } from "./settings";

const KEY = "cost_policy";

export async function getCostPolicy(): Promise<CostPolicy> {
  return completeCostPolicy(await getSetting<Partial<CostPolicy>>(KEY));
}

export async function setCostPolicy(policy: CostPolicy, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, KEY)).get()?.value ?? null;
    putSetting(tx, KEY, policy);
    writeAudit(tx, actor, { action: "cost_policy.update", entity: "cost_policy", entityId: "org", before, after: policy });
  });
}

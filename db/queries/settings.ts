// Instance-wide settings, one JSON value per key.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { settings } from "../schema";
import { DEFAULT_BUDGET_POLICY, type BudgetPolicy } from "@/lib/slo/policy";
import { DEFAULT_TIER_TARGETS } from "@/lib/slo/schemas";
import { writeAudit, type Actor, type Writer } from "./audit";

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = getDb().select().from(settings).where(eq(settings.key, key)).get();
  return row?.value as T | undefined;
}

export function putSetting(tx: Writer, key: string, value: unknown): void {
  tx.insert(settings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
    .run();
}

export async function isDemoInstance(): Promise<boolean> {
  return (await getSetting<boolean>("demo")) === true;
}

/** The organisation's error budget policy (admins edit it; SLOs may override parts). */
export async function getOrgBudgetPolicy(): Promise<BudgetPolicy> {
  // A policy stored before a rule existed (the warm-up) takes Keel's default for it.
  const stored = await getSetting<Partial<BudgetPolicy>>("budgetPolicy");
  return stored ? { ...DEFAULT_BUDGET_POLICY, ...stored } : DEFAULT_BUDGET_POLICY;
}

export async function setOrgBudgetPolicy(policy: BudgetPolicy, actor: Actor): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, "budgetPolicy")).get()?.value ?? DEFAULT_BUDGET_POLICY;
    putSetting(tx, "budgetPolicy", policy);
    writeAudit(tx, actor, { action: "policy.update", entity: "budget_policy", entityId: "org", before, after: policy });
  });
}

/** Default targets offered for new SLOs by service tier. */
export async function getTierTargets(): Promise<Record<1 | 2 | 3, number>> {
  const stored = await getSetting<Record<string, number>>("tierTargets");
  return stored ? { 1: stored["1"]!, 2: stored["2"]!, 3: stored["3"]! } : DEFAULT_TIER_TARGETS;
}

export async function setTierTargets(targets: Record<1 | 2 | 3, number>, actor: Actor): Promise<void> {
  const db = getDb();
  const value = { "1": targets[1], "2": targets[2], "3": targets[3] };
  db.transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, "tierTargets")).get()?.value ?? DEFAULT_TIER_TARGETS;
    putSetting(tx, "tierTargets", value);
    writeAudit(tx, actor, { action: "tier_targets.update", entity: "settings", entityId: "tierTargets", before, after: value });
  });
}

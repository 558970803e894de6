// The cost import's settings row (key `cost_import`), read with Keel's defaults for what it does not hold.
import "server-only";
import { eq } from "drizzle-orm";
import { completeCostImportSettings, type CostImportSettings } from "@/lib/costs/import-settings";
import { getDb } from "../client";
import { settings } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { getSetting, putSetting } from "./settings";

const KEY = "cost_import";

export async function getCostImportSettings(): Promise<CostImportSettings> {
  return completeCostImportSettings(await getSetting<unknown>(KEY));
}

export async function setCostImportSettings(value: CostImportSettings, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, KEY)).get()?.value ?? null;
    putSetting(tx, KEY, value);
    writeAudit(tx, actor, { action: "cost_import_settings.update", entity: "cost_import_settings", entityId: "org", before, after: value });
  });
}

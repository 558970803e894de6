// The cost import's tag keys: every import reads them; admins change them.
import "server-only";
import { getCostImportSettings, setCostImportSettings as store } from "@/db/queries/cost-import-settings";
import type { Caller } from "@/lib/access/caller";
import { costImportSettingsSchema, type CostImportSettings } from "@/lib/costs/import-settings";
import { emitChange } from "../change-events";
import { assertAdmin, invalidInput } from "../errors";

export const costImportSettings = getCostImportSettings;

export async function setCostImportSettings({ caller, input }: { caller: Caller; input: unknown }): Promise<CostImportSettings> {
  assertAdmin(caller);
  const parsed = costImportSettingsSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  await store(parsed.data, caller.actor);
  emitChange({ entity: "cost_import_settings", action: "updated", key: "org", actor: caller.actor.label });
  return parsed.data;
}

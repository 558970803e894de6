// Saved what-if scenarios: everyone reads them; people who may write (editors, admins, write tokens) save, rename,
// change and delete them. Levers are validated; a scenario keeps the price list it was saved with.
import "server-only";
import { deleteScenario as removeScenario, findScenario, insertScenario, listScenarios, updateScenario as writeScenario } from "@/db/queries/cost-scenarios";
import type { CostScenarioRow } from "@/db/schema";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { leversSchema, pricesSchema, scenarioCreateSchema, scenarioUpdateSchema, type WhatIfLevers, type WhatIfPrices } from "@/lib/costs/whatif-schemas";
import { emitChange } from "../change-events";
import { invalidInput, notFound, refused } from "../errors";
import { costPrices } from "./whatif";

export type Scenario = { id: number; name: string; levers: WhatIfLevers; prices: WhatIfPrices; createdAt: Date; updatedAt: Date };

function toScenario(row: CostScenarioRow): Scenario {
  // Stored rows were validated when written; a row from an older shape falls back per part.
  const levers = leversSchema.safeParse(row.levers);
  const prices = pricesSchema.safeParse(row.prices);
  return { id: row.id, name: row.name, levers: levers.success ? levers.data : (row.levers as WhatIfLevers), prices: prices.success ? prices.data : (row.prices as WhatIfPrices), createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function assertMayWrite(caller: Caller): void {
  if (callerHasScope(caller, "write")) return;
  throw refused(caller.kind === "user" ? "You don't have permission to do that." : "This token lacks the 'write' scope.");
}

export async function scenarios(): Promise<Scenario[]> {
  return (await listScenarios()).map(toScenario);
}

export async function scenario(id: number): Promise<Scenario> {
  const row = await findScenario(id);
  if (!row) throw notFound(`No scenario ${id}`);
  return toScenario(row);
}

export async function createScenario({ caller, input }: { caller: Caller; input: unknown }): Promise<Scenario> {
  assertMayWrite(caller);
  const parsed = scenarioCreateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const prices = parsed.data.prices ?? (await costPrices());
  const row = await insertScenario({ name: parsed.data.name, levers: parsed.data.levers, prices }, caller.kind === "user" ? caller.userId : null, caller.actor);
  emitChange({ entity: "cost_scenario", action: "created", key: String(row.id), actor: caller.actor.label });
  return toScenario(row);
}

export async function updateScenario({ caller, id, input }: { caller: Caller; id: number; input: unknown }): Promise<Scenario> {
  assertMayWrite(caller);
  const parsed = scenarioUpdateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const row = await writeScenario(id, Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)), caller.actor);
  if (!row) throw notFound(`No scenario ${id}`);
  emitChange({ entity: "cost_scenario", action: "updated", key: String(id), actor: caller.actor.label });
  return toScenario(row);
}

export async function deleteScenario({ caller, id }: { caller: Caller; id: number }): Promise<void> {
  assertMayWrite(caller);
  if (!(await removeScenario(id, caller.actor))) throw notFound(`No scenario ${id}`);
  emitChange({ entity: "cost_scenario", action: "deleted", key: String(id), actor: caller.actor.label });
}

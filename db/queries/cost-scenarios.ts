// Saved what-if scenarios: a name, the levers and the price list they were saved with. Every change is audited.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { costScenarios, type CostScenarioRow } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";

const nameTaken = (name: string) => new ConflictError(`A scenario named "${name}" exists`, "name");
const isUniqueViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed: cost_scenarios\.name/.test(error.message);

export async function listScenarios(): Promise<CostScenarioRow[]> {
  return getDb().select().from(costScenarios).orderBy(asc(costScenarios.name)).all();
}

export async function findScenario(id: number): Promise<CostScenarioRow | undefined> {
  return getDb().select().from(costScenarios).where(eq(costScenarios.id, id)).get();
}

type ScenarioInput = { name: string; levers: unknown; prices: unknown };

export async function insertScenario(input: ScenarioInput, createdById: number | null, actor: Actor): Promise<CostScenarioRow> {
  const now = new Date();
  try {
    return getDb().transaction((tx) => {
      const row = tx
        .insert(costScenarios)
        .values({ ...input, createdById, createdAt: now, updatedAt: now })
        .returning()
        .get();
      writeAudit(tx, actor, { action: "cost_scenario.create", entity: "cost_scenario", entityId: row.id, after: input });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

/** Replaces the given fields; undefined when the scenario is gone. */
export async function updateScenario(id: number, change: Partial<ScenarioInput>, actor: Actor): Promise<CostScenarioRow | undefined> {
  try {
    return getDb().transaction((tx) => {
      const before = tx.select().from(costScenarios).where(eq(costScenarios.id, id)).get();
      if (!before) return undefined;
      const row = tx
        .update(costScenarios)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(costScenarios.id, id))
        .returning()
        .get();
      writeAudit(tx, actor, { action: "cost_scenario.update", entity: "cost_scenario", entityId: id, before: { name: before.name, levers: before.levers, prices: before.prices }, after: change });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error) && change.name) throw nameTaken(change.name);
    throw error;
  }
}

/** False when the scenario is gone. */
export async function deleteScenario(id: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(costScenarios).where(eq(costScenarios.id, id)).get();
    if (!before) return false;
    tx.delete(costScenarios).where(eq(costScenarios.id, id)).run();
    writeAudit(tx, actor, { action: "cost_scenario.delete", entity: "cost_scenario", entityId: id, before: { name: before.name, levers: before.levers, prices: before.prices } });
    return true;
  });
}

// Cost imports: the list of imports and undoing one as a whole (its audit entry in the same transaction). Writing a batch
// goes through a staging area (cost-staging.ts).
import "server-only";
import type Database from "better-sqlite3";
import { desc, eq } from "drizzle-orm";
import { getConnection, getDb } from "../client";
import { costImportBatches, type CostImportBatch } from "../schema";
import { writeAudit, type Actor } from "./audit";

type Statements = { teamsOfBatch: Database.Statement<[string], { team: string }> };
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  const cached = statementCache.get(sqlite);
  if (cached) return cached;
  const prepared: Statements = {
    teamsOfBatch: sqlite.prepare<[string], { team: string }>("SELECT DISTINCT team FROM cost_records WHERE batch_id = ? ORDER BY team"),
  };
  statementCache.set(sqlite, prepared);
  return prepared;
}

export async function listCostImports(limit = 50): Promise<CostImportBatch[]> {
  return getDb().select().from(costImportBatches).orderBy(desc(costImportBatches.createdAt), desc(costImportBatches.id)).limit(limit).all();
}

export async function findCostImport(id: string): Promise<CostImportBatch | undefined> {
  return getDb().select().from(costImportBatches).where(eq(costImportBatches.id, id)).get();
}

/** The teams a batch's remaining lines belong to (rights for undoing it). */
export async function teamsOfCostImport(id: string): Promise<string[]> {
  return statements(getConnection().sqlite).teamsOfBatch.all(id).map((row) => row.team);
}

/** Deletes a batch's lines and marks it undone, in one transaction; "not_found" or "already_undone" change nothing. */
export function undoCostBatch(id: string, actor: Actor): CostImportBatch | "not_found" | "already_undone" {
  const { sqlite } = getConnection();
  const db = getDb();
  return sqlite
    .transaction(() => {
      const batch = db.select().from(costImportBatches).where(eq(costImportBatches.id, id)).get();
      if (!batch) return "not_found" as const;
      if (batch.status === "undone") return "already_undone" as const;
      const { changes } = sqlite.prepare("DELETE FROM cost_records WHERE batch_id = ?").run(id);
      const undoneAt = new Date();
      db.update(costImportBatches).set({ status: "undone", undoneAt, undoneBy: actor.label }).where(eq(costImportBatches.id, id)).run();
      writeAudit(db, actor, { action: "cost_import.undo", entity: "cost_import", entityId: id, before: { status: "imported", rows: changes }, after: { status: "undone" } });
      return { ...batch, status: "undone" as const, undoneAt, undoneBy: actor.label };
    })
    .immediate();
}

// Cost imports: a batch and its lines written in one transaction (lines already present, by row hash, are skipped), the
// list of imports, and undoing one as a whole. Each change writes its audit entry inside its transaction.
import "server-only";
import type Database from "better-sqlite3";
import { desc, eq } from "drizzle-orm";
import type { CostRecord, ImportFormat, Nanos } from "@/lib/costs/types";
import { getConnection, getDb } from "../client";
import { costImportBatches, type CostImportBatch } from "../schema";
import { writeAudit, type Actor } from "./audit";

export type HashedRecord = { record: CostRecord; rowHash: string };

type Statements = { insert: Database.Statement; teamsOfBatch: Database.Statement<[string], { team: string }> };
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  const cached = statementCache.get(sqlite);
  if (cached) return cached;
  const prepared: Statements = {
    insert: sqlite.prepare(
      `INSERT INTO cost_records (batch_id, row_hash, month, period_kind, period_start, period_end, team, service, signal, cost_type,
         tool, provider, environment, usage_quantity, usage_unit, retention_days, cost_nanos, currency)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (row_hash) DO NOTHING`,
    ),
    teamsOfBatch: sqlite.prepare<[string], { team: string }>("SELECT DISTINCT team FROM cost_records WHERE batch_id = ? ORDER BY team"),
  };
  statementCache.set(sqlite, prepared);
  return prepared;
}

/**
 * Writes a batch with its lines in one transaction; a line whose hash is already stored is skipped. Returns the batch as
 * stored, with how many lines were written and skipped and the exact total of those written.
 */
export function insertCostBatch(
  input: { id: string; format: ImportFormat; fileName: string | null; currency: string; rows: readonly HashedRecord[]; createdById: number | null },
  actor: Actor,
): CostImportBatch {
  const { sqlite } = getConnection();
  const db = getDb();
  const { insert } = statements(sqlite);
  const createdAt = new Date();
  return sqlite
    .transaction(() => {
      db.insert(costImportBatches)
        .values({ id: input.id, format: input.format, fileName: input.fileName, rowsImported: 0, rowsSkipped: 0, totalNanos: 0n, currency: input.currency, createdById: input.createdById, createdBy: actor.label, createdAt })
        .run();
      let imported = 0;
      let total: Nanos = 0n;
      for (const { record: r, rowHash } of input.rows) {
        const { changes } = insert.run(input.id, rowHash, r.month, r.periodKind, r.periodStart, r.periodEnd, r.team, r.service, r.signal, r.costType, r.tool, r.provider, r.environment, r.usageQuantity, r.usageUnit, r.retentionDays, r.costNanos, r.currency);
        if (changes > 0) {
          imported += 1;
          total += r.costNanos;
        }
      }
      const skipped = input.rows.length - imported;
      db.update(costImportBatches).set({ rowsImported: imported, rowsSkipped: skipped, totalNanos: total }).where(eq(costImportBatches.id, input.id)).run();
      writeAudit(db, actor, {
        action: "cost_import.create",
        entity: "cost_import",
        entityId: input.id,
        after: { format: input.format, fileName: input.fileName, imported, skipped, total: total.toString(), currency: input.currency },
      });
      return db.select().from(costImportBatches).where(eq(costImportBatches.id, input.id)).get()!;
    })
    .immediate();
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

/** How many of these row hashes are already stored (what an import of them would skip). */
export async function countStoredRowHashes(hashes: readonly string[]): Promise<number> {
  const { sqlite } = getConnection();
  const statement = sqlite.prepare<[string], { n: number }>("SELECT count(*) AS n FROM cost_records WHERE row_hash IN (SELECT value FROM json_each(?))");
  let stored = 0;
  for (let i = 0; i < hashes.length; i += 10_000) stored += statement.get(JSON.stringify(hashes.slice(i, i + 10_000)))!.n;
  return stored;
}

// The list of cost imports and undoing one as a whole (its lines deleted, the batch kept and marked undone, audited).
import "server-only";
import { findCostImport, listCostImports, teamsOfCostImport, undoCostBatch } from "@/db/queries/cost-imports";
import type { CostImportBatch } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { formatNanos } from "@/lib/costs/money";
import { emitChange } from "../change-events";
import { ChangeError, notFound } from "../errors";
import { assertCostTeams } from "./import";

export type CostImportSummary = {
  id: string;
  format: CostImportBatch["format"];
  fileName: string | null;
  status: CostImportBatch["status"];
  imported: number;
  skipped: number;
  total: string;
  currency: string;
  createdBy: string;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
};

function summary(batch: CostImportBatch): CostImportSummary {
  return {
    id: batch.id,
    format: batch.format,
    fileName: batch.fileName,
    status: batch.status,
    imported: batch.rowsImported,
    skipped: batch.rowsSkipped,
    total: formatNanos(batch.totalNanos, 9),
    currency: batch.currency,
    createdBy: batch.createdBy,
    createdAt: batch.createdAt.toISOString(),
    undoneAt: batch.undoneAt?.toISOString() ?? null,
    undoneBy: batch.undoneBy,
  };
}

/** The latest imports, newest first. */
export async function costImports(limit = 50): Promise<CostImportSummary[]> {
  return (await listCostImports(limit)).map(summary);
}

/** Undoes an import: the caller needs the rights it would need to import its lines. Unknown id → 404; undone already → 409. */
export async function undoCostImport({ caller, id }: { caller: Caller; id: string }): Promise<CostImportSummary> {
  const batch = await findCostImport(id);
  if (!batch) throw notFound(`No cost import "${id}"`);
  await assertCostTeams(caller, await teamsOfCostImport(id), "undo");
  const result = undoCostBatch(id, caller.actor);
  if (result === "not_found") throw notFound(`No cost import "${id}"`);
  if (result === "already_undone") throw new ChangeError("conflict", "This import was undone already");
  emitChange({ entity: "cost_import", action: "deleted", key: id, actor: caller.actor.label });
  return summary(result);
}

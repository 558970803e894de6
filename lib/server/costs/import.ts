// Importing cost lines: rights over every team a file names, then one transaction that writes the batch and its lines
// (lines already imported, by row hash, are skipped). The CSV upload, the JSON API, the demo seed and tests all come here.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { findTeamBySlug } from "@/db/queries/teams";
import { insertCostBatch, type HashedRecord } from "@/db/queries/cost-imports";
import { callerHasScope, writableTeams, type Caller } from "@/lib/access/caller";
import { recordKey } from "@/lib/costs/import-rows";
import { UNALLOCATED, type CostRecord, type ImportFormat } from "@/lib/costs/types";
import { emitChange } from "../change-events";
import { invalid, refused } from "../errors";

export type ImportResult = { imported: number; skipped: number; batch: string };

/**
 * Each record's row hash: its normalised content plus its occurrence number among identical records of the same file,
 * so two identical lines of one file both count, and importing the file again matches both.
 */
export function hashRecords(records: readonly CostRecord[]): HashedRecord[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const key = recordKey(record);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { record, rowHash: createHash("sha256").update(key).update("\u001e").update(String(occurrence)).digest("base64url") };
  });
}

/**
 * Refuses (403, naming the team) unless the caller may write cost lines of every team in `teams`: a `write` scope, and
 * each team one the caller reaches; `unallocated` lines need a caller that reaches every team (an admin, or a token for all teams).
 */
export async function assertCostTeams(caller: Caller, teams: Iterable<string>, verb = "import"): Promise<void> {
  if (!callerHasScope(caller, "write")) throw refused(caller.kind === "token" ? "This token lacks the 'write' scope." : "You don't have permission to do that.");
  const reach = writableTeams(caller, "write");
  if (reach === "all") return;
  for (const slug of [...new Set(teams)].sort()) {
    if (slug === UNALLOCATED) throw refused(`Only admins can ${verb} unallocated cost lines (lines without a team).`);
    const team = await findTeamBySlug(slug);
    if (!team || !reach.includes(team.id)) {
      throw refused(caller.kind === "token" ? `This token is limited to other teams: it cannot ${verb} costs of team "${slug}".` : `Only members of team "${slug}" and admins can ${verb} its costs.`);
    }
  }
}

/** Writes normalised records as one import batch. An empty list or mixed currencies are refused (400) and write nothing. */
export async function importCostRecords({ caller, format, records, fileName }: { caller: Caller; format: ImportFormat; records: readonly CostRecord[]; fileName?: string | null }): Promise<ImportResult> {
  if (records.length === 0) throw invalid("The file holds no cost lines", "records");
  const currency = records[0]!.currency;
  const other = records.findIndex((record) => record.currency !== currency);
  if (other >= 0) throw invalid(`records[${other}].currency: ${records[other]!.currency} differs from the import's ${currency}; import one currency at a time`, `records[${other}].currency`);
  await assertCostTeams(caller, records.map((record) => record.team));
  const batch = insertCostBatch(
    { id: randomUUID(), format, fileName: fileName ?? null, currency, rows: hashRecords(records), createdById: caller.kind === "user" ? caller.userId : null },
    caller.actor,
  );
  emitChange({ entity: "cost_import", action: "created", key: batch.id, actor: caller.actor.label });
  return { imported: batch.rowsImported, skipped: batch.rowsSkipped, batch: batch.id };
}

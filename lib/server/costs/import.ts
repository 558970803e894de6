// Importing cost lines: each line's row hash, rights over every team a file names, then one transaction that writes the
// batch and its lines from the staging area (lines already imported, by row hash, are skipped). The CSV upload, the JSON
// API, the demo seed and tests all come here.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { findTeamBySlug } from "@/db/queries/teams";
import { stageCostLines, type CostStaging } from "@/db/queries/cost-staging";
import { callerHasScope, writableTeams, type Caller } from "@/lib/access/caller";
import { recordKey } from "@/lib/costs/import-rows";
import { UNALLOCATED, type CostRecord, type ImportFormat } from "@/lib/costs/types";
import { emitChange } from "../change-events";
import { invalid, refused } from "../errors";

export type ImportResult = { imported: number; skipped: number; batch: string };

const rowHash = (key: string, occurrence: number) => createHash("sha256").update(key).update("\u001e").update(String(occurrence)).digest("base64url");

/**
 * Row hashes for the records of one file, in file order: each record's normalised content plus its occurrence number
 * among identical records of the file, so two identical lines both count, and importing the file again matches both.
 * Remembers one hash per distinct line (not the lines), to number the repeats.
 */
export function rowHasher(): (record: CostRecord) => string {
  const seen = new Map<string, number>();
  return (record) => {
    const key = recordKey(record);
    const first = rowHash(key, 1);
    const count = seen.get(first);
    seen.set(first, (count ?? 0) + 1);
    return count === undefined ? first : rowHash(key, count + 1);
  };
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
    if (slug === UNALLOCATED) throw refused(`Only admins and tokens for every team can ${verb} unallocated cost lines (lines without a team).`);
    const team = await findTeamBySlug(slug);
    if (!team || !reach.includes(team.id)) {
      throw refused(caller.kind === "token" ? `This token is limited to other teams: it cannot ${verb} costs of team "${slug}".` : `Only members of team "${slug}" and admins can ${verb} its costs.`);
    }
  }
}

/**
 * Writes the staged lines as one import batch: refused (400) when there are none or they mix currencies, (403) when the
 * caller may not write a team they name; else one transaction.
 */
export async function importStaged({ caller, format, staging, fileName }: { caller: Caller; format: ImportFormat; staging: CostStaging; fileName?: string | null }): Promise<ImportResult> {
  const figures = staging.figures();
  if (figures.lines === 0) throw invalid("The file holds no cost lines", "records");
  const [currency, ...others] = figures.currencies;
  if (others.length) throw invalid(`The file mixes currencies (${figures.currencies.join(", ")}); import one currency at a time`, "currency");
  await assertCostTeams(caller, figures.teams.map((team) => team.key));
  const batch = staging.commit({ id: randomUUID(), format, fileName: fileName ?? null, currency: currency!, createdById: caller.kind === "user" ? caller.userId : null }, caller.actor);
  emitChange({ entity: "cost_import", action: "created", key: batch.id, actor: caller.actor.label });
  return { imported: batch.rowsImported, skipped: batch.rowsSkipped, batch: batch.id };
}

/** Writes normalised records as one import batch. An empty list or mixed currencies are refused (400) and write nothing. */
export async function importCostRecords({ caller, format, records, fileName }: { caller: Caller; format: ImportFormat; records: readonly CostRecord[]; fileName?: string | null }): Promise<ImportResult> {
  if (records.length === 0) throw invalid("The file holds no cost lines", "records");
  const currency = records[0]!.currency;
  const other = records.findIndex((record) => record.currency !== currency);
  if (other >= 0) throw invalid(`records[${other}].currency: ${records[other]!.currency} differs from the import's ${currency}; import one currency at a time`, `records[${other}].currency`);
  return withStaging(async (staging) => {
    const hash = rowHasher();
    for (const record of records) staging.add(record, hash(record));
    return importStaged({ caller, format, staging, fileName });
  });
}

/** Runs `work` with a staging area for one file, dropped afterwards whatever happens. */
export async function withStaging<T>(work: (staging: CostStaging) => Promise<T>): Promise<T> {
  const staging = stageCostLines();
  try {
    return await work(staging);
  } finally {
    staging.discard();
  }
}

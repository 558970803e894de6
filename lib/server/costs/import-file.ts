// A cost file as it arrives (CSV chunks or a parsed JSON body): parse and validate every line, staging each valid one as it
// is read (the server never holds the file's records), then either describe what an import would do (the preview:
// figures and row-level problems, nothing written) or import it in one transaction.
import "server-only";
import type { CostStaging, StagedSum } from "@/db/queries/cost-staging";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { issueText, type ImportIssue } from "@/lib/costs/import-columns";
import { formatNanos } from "@/lib/costs/money";
import { parseCostCsv, parseCostJson, rejectionMessage, type ParsedCostFile } from "@/lib/costs/parse-file";
import type { CostRecord } from "@/lib/costs/types";
import { ChangeError, invalid, refused } from "../errors";
import { assertCostTeams, importStaged, rowHasher, withStaging, type ImportResult } from "./import";
import { costImportSettings } from "./import-settings";

export type CostFileSource = { kind: "csv"; chunks: AsyncIterable<Uint8Array | string>; fileName?: string | null } | { kind: "json"; body: unknown; fileName?: string | null };

export type CostImportPreview = {
  format: ParsedCostFile["format"];
  lines: number;
  /** Lines an import would write (valid lines not already stored). */
  newLines: number;
  /** Valid lines already stored by an earlier import (an import skips them). */
  storedLines: number;
  issueCount: number;
  issues: (ImportIssue & { text: string })[];
  currency: string | null;
  /** Exact sum of the file's lines, as a decimal string with nine places. */
  total: string;
  months: { month: string; total: string; lines: number }[];
  teams: { team: string; total: string; lines: number }[];
  /** Why this caller could not import the file (a team it does not reach), or null. */
  refusal: string | null;
};

function assertWriteScope(caller: Caller): void {
  if (!callerHasScope(caller, "write")) throw refused(caller.kind === "token" ? "This token lacks the 'write' scope." : "You don't have permission to do that.");
}

/** Parses the file, staging each valid line as it is read; a file that mixes currencies gets that problem added. */
async function parseSource(source: CostFileSource, staging: CostStaging): Promise<ParsedCostFile> {
  const { tagKeys } = await costImportSettings();
  const hash = rowHasher();
  const stage = (record: CostRecord) => staging.add(record, hash(record));
  const parsed = source.kind === "csv" ? await parseCostCsv(source.chunks, tagKeys, stage) : parseCostJson(source.body, tagKeys, stage);
  const { currencies } = staging.figures();
  if (parsed.issueCount === 0 && currencies.length > 1) {
    parsed.issueCount = 1;
    parsed.issues.push({ where: "file", column: parsed.format === "focus" ? "BillingCurrency" : "currency", message: `the file mixes currencies (${currencies.join(", ")}); import one currency at a time` });
  }
  return parsed;
}

const byKey = (sums: readonly StagedSum[]) => [...sums].sort((a, b) => a.key.localeCompare(b.key));

/** Parses and validates a file and says what importing it would do. Writes nothing. */
export async function previewCostFile({ caller, source }: { caller: Caller; source: CostFileSource }): Promise<CostImportPreview> {
  assertWriteScope(caller);
  return withStaging(async (staging) => {
    const parsed = await parseSource(source, staging);
    const valid = parsed.issueCount === 0;
    const figures = staging.figures();
    let refusal: string | null = null;
    try {
      await assertCostTeams(caller, figures.teams.map((team) => team.key));
    } catch (error) {
      if (!(error instanceof ChangeError)) throw error;
      refusal = error.message;
    }
    return {
      format: parsed.format,
      lines: parsed.lines,
      newLines: valid ? figures.lines - figures.stored : 0,
      storedLines: valid ? figures.stored : 0,
      issueCount: parsed.issueCount,
      issues: parsed.issues.map((issue) => ({ ...issue, text: issueText(issue) })),
      currency: figures.currencies[0] ?? null,
      total: formatNanos(figures.total, 9),
      months: byKey(figures.months).map(({ key, total, lines }) => ({ month: key, total: formatNanos(total, 9), lines })),
      teams: byKey(figures.teams).map(({ key, total, lines }) => ({ team: key, total: formatNanos(total, 9), lines })),
      refusal,
    };
  });
}

/** Parses, validates and imports a file in one transaction; any bad line rejects it (400 naming the line) and writes nothing. */
export async function importCostFile({ caller, source }: { caller: Caller; source: CostFileSource }): Promise<ImportResult> {
  assertWriteScope(caller);
  return withStaging(async (staging) => {
    const parsed = await parseSource(source, staging);
    if (parsed.issueCount > 0 || !parsed.format) {
      const first = parsed.issues[0];
      throw invalid(rejectionMessage(parsed), first?.column ?? undefined);
    }
    return importStaged({ caller, format: parsed.format, staging, fileName: source.fileName ?? null });
  });
}

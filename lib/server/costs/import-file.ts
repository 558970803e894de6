// A cost file as it arrives (CSV chunks or a parsed JSON body): parse and validate every line, then either describe what
// an import would do (the preview: figures and row-level problems, nothing written) or import it in one transaction.
import "server-only";
import { countStoredRowHashes } from "@/db/queries/cost-imports";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { issueText, type ImportIssue } from "@/lib/costs/import-columns";
import { formatNanos } from "@/lib/costs/money";
import { parseCostCsv, parseCostJson, rejectionMessage, type ParsedCostFile } from "@/lib/costs/parse-file";
import type { CostRecord, Nanos } from "@/lib/costs/types";
import { ChangeError, invalid, refused } from "../errors";
import { assertCostTeams, hashRecords, importCostRecords, type ImportResult } from "./import";
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

async function parseSource(source: CostFileSource): Promise<ParsedCostFile> {
  const { tagKeys } = await costImportSettings();
  const parsed = source.kind === "csv" ? await parseCostCsv(source.chunks, tagKeys) : parseCostJson(source.body, tagKeys);
  const currencies = new Set(parsed.records.map((record) => record.currency));
  if (parsed.issueCount === 0 && currencies.size > 1) {
    parsed.issueCount = 1;
    parsed.issues.push({ where: "file", column: parsed.format === "focus" ? "BillingCurrency" : "currency", message: `the file mixes currencies (${[...currencies].sort().join(", ")}); import one currency at a time` });
  }
  return parsed;
}

function sumBy(records: readonly CostRecord[], key: (record: CostRecord) => string): { key: string; total: Nanos; lines: number }[] {
  const sums = new Map<string, { total: Nanos; lines: number }>();
  for (const record of records) {
    const entry = sums.get(key(record)) ?? { total: 0n, lines: 0 };
    entry.total += record.costNanos;
    entry.lines += 1;
    sums.set(key(record), entry);
  }
  return [...sums].map(([k, v]) => ({ key: k, ...v })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Parses and validates a file and says what importing it would do. Writes nothing. */
export async function previewCostFile({ caller, source }: { caller: Caller; source: CostFileSource }): Promise<CostImportPreview> {
  assertWriteScope(caller);
  const parsed = await parseSource(source);
  const valid = parsed.issueCount === 0;
  const records = parsed.records;
  let refusal: string | null = null;
  try {
    await assertCostTeams(caller, records.map((record) => record.team));
  } catch (error) {
    if (!(error instanceof ChangeError)) throw error;
    refusal = error.message;
  }
  const storedLines = valid ? await countStoredRowHashes(hashRecords(records).map((row) => row.rowHash)) : 0;
  const total = records.reduce((sum, record) => sum + record.costNanos, 0n);
  return {
    format: parsed.format,
    lines: parsed.lines,
    newLines: valid ? records.length - storedLines : 0,
    storedLines,
    issueCount: parsed.issueCount,
    issues: parsed.issues.map((issue) => ({ ...issue, text: issueText(issue) })),
    currency: records[0]?.currency ?? null,
    total: formatNanos(total, 9),
    months: sumBy(records, (record) => record.month).map(({ key, total: sum, lines }) => ({ month: key, total: formatNanos(sum, 9), lines })),
    teams: sumBy(records, (record) => record.team).map(({ key, total: sum, lines }) => ({ team: key, total: formatNanos(sum, 9), lines })),
    refusal,
  };
}

/** Parses, validates and imports a file in one transaction; any bad line rejects it (400 naming the line) and writes nothing. */
export async function importCostFile({ caller, source }: { caller: Caller; source: CostFileSource }): Promise<ImportResult> {
  assertWriteScope(caller);
  const parsed = await parseSource(source);
  if (parsed.issueCount > 0 || !parsed.format) {
    const first = parsed.issues[0];
    throw invalid(rejectionMessage(parsed), first?.column ?? undefined);
  }
  return importCostRecords({ caller, format: parsed.format, records: parsed.records, fileName: source.fileName ?? null });
}

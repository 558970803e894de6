// A whole cost file (CSV streamed through csv-parse, or a JSON {"records": [...]} body) as normalised records, or the
// row-level problems that reject it. The raw text is never held whole: chunks go through the parser as they arrive.
import { CsvError, parse, type Parser } from "csv-parse";
import { detectFormat, indexColumns, issueText, type ColumnIndex, type ImportIssue } from "./import-columns";
import { csvField, focusRecord, jsonField, simpleRecord } from "./import-rows";
import type { CostRecord, CostTagKeys, ImportFormat } from "./types";

/** Problems kept for a preview; the count goes on past them. */
export const MAX_ISSUES = 20;

export type ParsedCostFile = {
  format: ImportFormat | null;
  /**
   * Every line's record while no line failed (a failed file keeps the ones read so far, for the preview's figures).
   * Empty when the caller takes each record as it is read (`onRecord`) instead.
   */
  records: CostRecord[];
  issues: ImportIssue[];
  issueCount: number;
  /** Data lines read (records plus failed ones). */
  lines: number;
};

/** Takes each valid record as it is read (while no line has failed), so the file's records are never held together. */
export type RecordSink = (record: CostRecord) => void;

/** The records kept in the result, or handed to `onRecord` as they come. */
function keeper(result: ParsedCostFile, onRecord: RecordSink | undefined): RecordSink {
  return onRecord ?? ((record) => result.records.push(intern(record)));
}

/** Parses CSV arriving in chunks. */
export async function parseCostCsv(input: AsyncIterable<Uint8Array | string>, tagKeys: CostTagKeys, onRecord?: RecordSink): Promise<ParsedCostFile> {
  const result: ParsedCostFile = { format: null, records: [], issues: [], issueCount: 0, lines: 0 };
  const keep = keeper(result, onRecord);
  const addIssue = (issue: ImportIssue) => {
    result.issueCount += 1;
    if (result.issues.length < MAX_ISSUES) result.issues.push(issue);
  };
  // A line longer than 1 MiB is no cost line: refuse it rather than hold it.
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, max_record_size: 1_048_576 });
  void feed(input, parser);
  let columns: ColumnIndex | null = null;
  let format: "focus" | "simple" | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = indexColumns(record);
        const detected = detectFormat(columns);
        if ("error" in detected) {
          addIssue({ where: "line 1", column: null, message: detected.error.replace(/^line 1: /, "") });
          parser.destroy();
          return result;
        }
        format = detected.format;
        result.format = format;
        continue;
      }
      result.lines += 1;
      const where = `line ${info.lines}`;
      const field = csvField(record, columns);
      const row = format === "focus" ? focusRecord(field, where, tagKeys) : simpleRecord(field, where);
      if ("issue" in row) addIssue(row.issue);
      else if (result.issueCount === 0) keep(row.record);
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      addIssue({ where: line ? `line ${line}` : "file", column: null, message: `the CSV is malformed (${error.message.replace(/^Invalid [^:]*: /, "")})` });
      return result;
    }
    throw error;
  }
  if (!columns) addIssue({ where: "file", column: null, message: "the file is empty; send a header line and at least one cost line" });
  else if (result.lines === 0) addIssue({ where: "file", column: null, message: "the file has a header but no cost lines" });
  return result;
}

// 100,000 lines repeat a few dozen teams, services, tools and units: one copy of each string instead of one per line
// keeps the parsed file's memory to its numbers.
const interned = new Map<string, string>();
function one(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size > 50_000) interned.clear();
  interned.set(text, text);
  return text;
}

function intern(record: CostRecord): CostRecord {
  record.month = one(record.month);
  record.team = one(record.team);
  record.service = one(record.service);
  record.tool = one(record.tool);
  record.provider = one(record.provider);
  record.environment = one(record.environment);
  record.currency = one(record.currency);
  if (record.usageUnit !== null) record.usageUnit = one(record.usageUnit);
  return record;
}

/** Writes the chunks into the parser as it asks for them; an error of the source (413 over the cap) fails the parser. */
async function feed(input: AsyncIterable<Uint8Array | string>, parser: Parser): Promise<void> {
  try {
    for await (const chunk of input) {
      if (parser.destroyed) return;
      if (!parser.write(chunk)) await new Promise<void>((resolve) => {
        const done = () => {
          parser.off("drain", done).off("close", done);
          resolve();
        };
        parser.once("drain", done).once("close", done);
      });
    }
    if (!parser.destroyed) parser.end();
  } catch (error) {
    parser.destroy(error as Error);
  }
}

/** Parses a JSON body `{"records": [...]}` of objects with Keel's simple keys (or FOCUS column names). */
export function parseCostJson(body: unknown, tagKeys: CostTagKeys, onRecord?: RecordSink): ParsedCostFile {
  const result: ParsedCostFile = { format: "json", records: [], issues: [], issueCount: 0, lines: 0 };
  const keep = keeper(result, onRecord);
  const addIssue = (issue: ImportIssue) => {
    result.issueCount += 1;
    if (result.issues.length < MAX_ISSUES) result.issues.push(issue);
  };
  const records = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as { records?: unknown }).records : undefined;
  if (!Array.isArray(records)) {
    addIssue({ where: "records", column: "records", message: 'send {"records": [...]}, an array of cost lines' });
    return result;
  }
  if (records.length === 0) addIssue({ where: "records", column: "records", message: "the list is empty" });
  records.forEach((item, i) => {
    result.lines += 1;
    const where = `records[${i}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) return addIssue({ where, column: null, message: "not an object" });
    const field = jsonField(item as Record<string, unknown>);
    const row = field("BilledCost") !== null || field("ChargePeriodStart") !== null ? focusRecord(field, where, tagKeys) : simpleRecord(field, where);
    if ("issue" in row) addIssue(row.issue);
    else if (result.issueCount === 0) keep(row.record);
  });
  return result;
}

/** The message a rejected file answers with: its first problem, and how many more there are. */
export function rejectionMessage(parsed: ParsedCostFile): string {
  const first = parsed.issues[0];
  if (!first) return "The file holds no cost lines";
  const more = parsed.issueCount - 1;
  return more > 0 ? `${issueText(first)} (and ${more} more ${more === 1 ? "problem" : "problems"})` : issueText(first);
}

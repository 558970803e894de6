// Reading a cost file's columns: which format its header names, where each column is (by name, case-insensitively, extra
// columns ignored), the empty and `NULL` fields providers write, and the timestamps they write (read as UTC).
import type { ImportFormat } from "./types";

/** A row-level problem, located by the file's line (CSV) or the record's index (JSON). */
export type ImportIssue = { where: string; column: string | null; message: string };

export function issueText(issue: ImportIssue): string {
  return `${issue.where}: ${issue.message}`;
}

const FOCUS_REQUIRED = ["ChargePeriodStart", "BilledCost", "BillingCurrency"] as const;
const SIMPLE_REQUIRED = ["month", "cost", "currency"] as const;

/** A header's column positions by lower-cased, trimmed name; the first of duplicate names wins. */
export type ColumnIndex = ReadonlyMap<string, number>;

export function indexColumns(header: readonly string[]): ColumnIndex {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.replace(/^\uFEFF/, "").trim().toLowerCase();
    if (key && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** The format a CSV header names, or why it names none. */
export function detectFormat(columns: ColumnIndex): { format: Exclude<ImportFormat, "json"> } | { error: string } {
  const has = (name: string) => columns.has(name.toLowerCase());
  if (has("BilledCost") || has("ChargePeriodStart")) {
    const missing = FOCUS_REQUIRED.filter((name) => !has(name));
    return missing.length ? { error: `line 1: the FOCUS header lacks ${missing.join(", ")}` } : { format: "focus" };
  }
  if (has("month") || has("cost")) {
    const missing = SIMPLE_REQUIRED.filter((name) => !has(name));
    return missing.length ? { error: `line 1: the header lacks ${missing.join(", ")}` } : { format: "simple" };
  }
  return { error: "line 1: the header names neither FOCUS columns (ChargePeriodStart, BilledCost, BillingCurrency…) nor Keel's simple columns (month, team, service, signal, cost, currency, usage, unit)" };
}

/** A field's text, or null when it is missing, empty or a `NULL` marker. */
export function fieldText(row: readonly (string | null | undefined)[], columns: ColumnIndex, name: string): string | null {
  const i = columns.get(lowerName(name));
  if (i === undefined) return null;
  const value = row[i];
  if (value == null) return null;
  const text = value.trim();
  if (text === "" || (text.length === 4 && text.toUpperCase() === "NULL")) return null;
  return text;
}

// The few column names the readers ask for, lower-cased once rather than once per field of 100,000 lines.
const lowerNames = new Map<string, string>();
function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerNames.size < 1_000) lowerNames.set(name, lower);
  }
  return lower;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A provider's timestamp as epoch ms: `YYYY-MM-DD HH:MM:SS` (FOCUS exports, no zone: UTC), `YYYY-MM-DD` (UTC midnight),
 * or ISO-8601 with `Z` or an offset. Null when it is none of these or not a real calendar instant.
 */
export function parseUtcTime(text: string): number | null {
  const plain = DATE_TIME.exec(text);
  if (plain) {
    const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = ""] = plain;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(fraction.padEnd(3, "0").slice(0, 3)));
    const check = new Date(ms);
    if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
    return ms;
  }
  if (WITH_ZONE.test(text)) {
    const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

/** The UTC calendar month of an instant: "2026-11". */
export function utcMonth(ms: number): string {
  // Built from the parts: toISOString() per line of a 100,000-line file costs more than the rest of the line's dates.
  const date = new Date(ms);
  const month = date.getUTCMonth() + 1;
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A "YYYY-MM" month's UTC bounds (start inclusive, end exclusive), or null. Also accepts "YYYY-MM-01". */
export function monthBounds(text: string): { month: string; start: number; end: number } | null {
  const match = MONTH.exec(text) ?? /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return { month: `${match[1]}-${match[2]}`, start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
}

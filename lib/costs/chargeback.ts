// Chargeback lines as a CSV file: one line per team, month, signal and cost type, with the team's monthly budget.
// Money is written from the exact sum, rounded once to cents; a field with a comma, quote or line break is quoted.
import { formatNanos } from "./money";
import type { Nanos } from "./types";

export type ChargebackLine = { team: string; month: string; signal: string; costType: string; cost: Nanos; currency: string; budget: Nanos | null };

export const CHARGEBACK_COLUMNS = ["team", "month", "signal", "cost_type", "cost", "currency", "budget"] as const;

function field(value: string): string {
  // A leading =, +, - or @ would be read as a formula by spreadsheets; a quote before it keeps it text.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function chargebackCsv(lines: readonly ChargebackLine[]): string {
  const rows = lines.map((line) => [line.team, line.month, line.signal, line.costType, formatNanos(line.cost, 2), line.currency, line.budget === null ? "" : formatNanos(line.budget, 2)].map(field).join(","));
  return [CHARGEBACK_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}

// Money, shares and changes as the cost pages show them: exact nano-units rounded once, to cents, with the currency.
import { formatNanos, nanosToNumber } from "../money";
import type { Nanos } from "../types";

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  let format = formatters.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      // Not an ISO 4217 code Intl knows: the amount with the code after it.
      format = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    formatters.set(currency, format);
  }
  return format;
}

/** "$1,234.50": rounded to cents once (from the exact sum), then grouped for reading. */
export function formatMoney(value: Nanos, currency: string): string {
  const cents = Number(formatNanos(value, 2));
  const format = currencyFormat(currency);
  const text = format.format(cents);
  return format.resolvedOptions().style === "currency" ? text : `${text} ${currency}`;
}

/** Currency units as a chart value (charts need numbers; the exact figure stays in the tables). */
export const chartMoney = (value: Nanos): number => nanosToNumber(value);

/** "42.5%" from a 0–1 share, one decimal. */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** "+12.3%" / "−4.0%" for a month-over-month ratio, "new" when there was nothing the month before. */
export function formatChangeRatio(ratio: number | null): string {
  if (ratio === null) return "new";
  const pct = Math.round(ratio * 1000) / 10;
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${Math.abs(pct).toFixed(1)}%`;
}

/** "November 2026" for "2026-11" (month strings carry no zone: they are UTC calendar months). */
export function formatMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, number! - 1, 1)).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}

/** "Nov 26" for chart axes. */
export function formatMonthShort(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, number! - 1, 1)).toLocaleString("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
}

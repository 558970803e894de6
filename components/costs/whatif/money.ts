// Money on the what-if page: nano-units rounded once to the cent, in the baseline's currency.
import { formatNanos } from "@/lib/costs/money";
import type { Nanos } from "@/lib/costs/types";

export function formatMoney(value: Nanos, currency: string): string {
  const units = Number(formatNanos(value, 2));
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(units);
  } catch {
    return `${formatNanos(value, 2)} ${currency}`;
  }
}

/** The saving as a share of the current cost, "20.0%"; "—" when there is no cost. */
export function formatShare(saving: Nanos, current: Nanos): string {
  if (current <= 0n) return "—";
  return `${(Number((saving * 10000n) / current) / 100).toFixed(1)}%`;
}

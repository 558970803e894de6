// A showback as the API answers it: money in currency units, rounded to cents once, from the exact bigint sums.
import { formatNanos } from "@/lib/costs/money";
import type { Nanos } from "@/lib/costs/types";
import type { Showback } from "@/lib/server/costs/showback";

/** Currency units rounded to cents, from exact nano-units. */
export const moneyJson = (value: Nanos): number => Number(formatNanos(value, 2));

export function showbackToJson(result: Showback) {
  return {
    month: result.scope.month,
    groupBy: result.groupBy,
    currency: result.scope.currency,
    total: moneyJson(result.total.current),
    rows: result.rows.map((row) => ({ key: row.key, cost: moneyJson(row.cost), share: row.share, previousCost: moneyJson(row.previousCost) })),
  };
}

// A team budget as the API shows it: money as a number of currency units (exact sums stay bigint inside).
import { nanosToNumber } from "@/lib/costs/money";
import type { Nanos } from "@/lib/costs/types";

type Budget = { team: string; teamName: string; budget: { monthlyNanos: Nanos; currency: string; updatedAt: Date | null } | null };

export function budgetToJson({ team, teamName, budget }: Budget) {
  return { team, teamName, amount: budget ? nanosToNumber(budget.monthlyNanos) : null, currency: budget?.currency ?? null, updatedAt: budget?.updatedAt?.toISOString() ?? null };
}

// Chargeback of a month: each team's cost per signal and cost type, with its monthly budget, in the showback's currency.
import "server-only";
import type { Caller } from "@/lib/access/caller";
import type { ChargebackLine } from "@/lib/costs/chargeback";
import { teamBudgets } from "./budgets";
import { costScope, groupedCostSums } from "./showback";

export async function chargeback(caller: Caller, month: string): Promise<{ month: string; currency: string; lines: ChargebackLine[] }> {
  const [scope, budgets] = await Promise.all([costScope(caller, month), teamBudgets()]);
  const budgetOf = new Map(budgets.filter((b) => b.budget?.currency === scope.currency).map((b) => [b.team, b.budget!.monthlyNanos]));
  const lines = groupedCostSums(scope, ["team", "signal", "costType"]).map((sum) => {
    const [team, signal, costType] = sum.keys as [string, string, string];
    return { team, month, signal, costType, cost: sum.costNanos, currency: scope.currency, budget: budgetOf.get(team) ?? null };
  });
  return { month, currency: scope.currency, lines };
}

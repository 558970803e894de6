// Where costs stand and are heading: anomaly months of the total and per team, the forecast of the next months, and
// each team's month against its budget. The rules are the cost policy's (lib/costs/policy.ts); the arithmetic is
// lib/costs/anomalies.ts, forecast.ts and budgets.ts, over SQL sums.
import "server-only";
import { detectAnomalies, detectAnomaliesByKey, listAnomalies, type AnomalyCheck, type ListedAnomaly } from "@/lib/costs/anomalies";
import { budgetStatus, type BudgetStatus } from "@/lib/costs/budgets";
import { forecast, forecastByKey, type Forecast } from "@/lib/costs/forecast";
import { shiftMonth } from "@/lib/costs/showback";
import { teamBudgets } from "./budgets";
import { costPolicy } from "./policy";
import { groupedCosts, historyStart, scopedTeamSums, type CostScope } from "./showback";

// Anomalies and the forecast add up repeated months themselves, so grouped sums go in as they are.
const monthCosts = (rows: readonly { month: string; costNanos: bigint }[]) => rows.map((row) => ({ month: row.month, cost: row.costNanos }));

export type TotalOutlook = { anomalies: AnomalyCheck[]; forecast: Forecast };

/** The total's anomaly checks through the scope's month and its forecast after it. */
export async function totalOutlook(scope: CostScope, filter: { team?: string; service?: string } = {}): Promise<TotalOutlook> {
  const policy = await costPolicy();
  const from = historyStart(scope.month, policy.anomalyTrailingMonths);
  const sums = monthCosts(scopedTeamSums(scope, from, filter) ?? groupedCosts({ fromMonth: from, toMonth: scope.month, teams: scope.teams, currency: scope.currency, ...filter }, []));
  return { anomalies: detectAnomalies(sums, policy, scope.month), forecast: forecast(sums, policy.forecastMonths, scope.month) };
}

export type TeamOutlook = {
  team: string;
  teamName: string;
  spent: bigint;
  /** Against the team's budget; null when it has none (or one in another currency than the showback's). */
  budget: BudgetStatus | null;
  /** The month's anomaly check (null while the team has too little history). */
  anomaly: AnomalyCheck | null;
  forecast: Forecast;
};

export type TeamOutlooks = {
  teams: TeamOutlook[];
  warnAt: number;
  overAt: number;
  /** Every anomaly month of the 12 months shown, of the total (team null) and of each team, newest first. */
  anomalies: (ListedAnomaly & { teamName: string | null })[];
  /** The anomaly rule they were judged by, for saying so. */
  rule: { sigma: number; aboveMean: number; trailingMonths: number };
};

/** Every team with cost or a budget: its month against its budget, whether the month is an anomaly, and its forecast. */
export async function teamOutlook(scope: CostScope): Promise<TeamOutlooks> {
  const [policy, budgets] = await Promise.all([costPolicy(), teamBudgets()]);
  const from = historyStart(scope.month, policy.anomalyTrailingMonths);
  const rows = scopedTeamSums(scope, from) ?? groupedCosts({ fromMonth: from, toMonth: scope.month, teams: scope.teams, currency: scope.currency }, ["team"]);
  const anomalies = detectAnomaliesByKey(rows, policy, scope.month);
  const forecasts = forecastByKey(rows, policy.forecastMonths, scope.month);
  const spentOf = new Map<string, bigint>();
  for (const row of rows) if (row.month === scope.month) spentOf.set(row.key, row.costNanos);
  const names = new Map(budgets.map((b) => [b.team, b.teamName]));
  const budgetOf = new Map(budgets.filter((b) => b.budget && b.budget.currency === scope.currency).map((b) => [b.team, b.budget!.monthlyNanos]));
  const visible = (team: string) => scope.teams === null || scope.teams.includes(team);
  const keys = [...new Set([...spentOf.keys(), ...budgetOf.keys()])].filter(visible).sort();
  const teams = keys.map((team) => {
    const spent = spentOf.get(team) ?? 0n;
    const budget = budgetOf.get(team);
    return {
      team,
      teamName: names.get(team) ?? team,
      spent,
      budget: budget === undefined ? null : budgetStatus(spent, budget, policy),
      anomaly: anomalies.get(team)?.find((check) => check.month === scope.month) ?? null,
      forecast: forecasts.get(team) ?? forecast([], policy.forecastMonths, scope.month),
    };
  });
  const totals = detectAnomalies(monthCosts(rows), policy, scope.month);
  const listed = listAnomalies(totals, anomalies, shiftMonth(scope.month, -11)).map((entry) => ({ ...entry, teamName: entry.key === null ? null : (names.get(entry.key) ?? entry.key) }));
  return {
    teams,
    warnAt: policy.budgetWarnAt,
    overAt: policy.budgetOverAt,
    anomalies: listed,
    rule: { sigma: policy.anomalySigma, aboveMean: policy.anomalyAboveMean, trailingMonths: policy.anomalyTrailingMonths },
  };
}

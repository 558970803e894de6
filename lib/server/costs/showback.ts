// What the showback page, the API and the service page read: a month's breakdown with shares and last month's cost, the
// total and its change, 12-month series, the top drivers and unit costs. SQL sums them (db/queries/cost-reads.ts); the
// arithmetic on those sums is lib/costs/showback.ts. A token limited to teams sees those teams' costs only.
import "server-only";
import { costMonths, costSums, teamCurrencySums, usageSums, type CostDimension, type CostFilter } from "@/db/queries/cost-reads";
import { listTeams } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import { breakdown, monthlySeries, monthOverMonth, perMillionRequests, shiftMonth, topDrivers, unitCosts, type BreakdownRow, type CostDriver, type GroupedCost, type MonthChange, type MonthSeries, type UnitCost } from "@/lib/costs/showback";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { costPolicy } from "./policy";
import { monthlyRequests } from "./traffic";

/** The currency a showback reports in when there are no records at all. */
const DEFAULT_CURRENCY = "USD";

/** The cost teams (slugs) the caller may read; null for every team. A token limited to teams reaches those only. */
export async function readableCostTeams(caller: Caller): Promise<string[] | null> {
  if (caller.kind !== "token" || caller.teamIds === null) return null;
  const reach = new Set(caller.teamIds);
  return (await listTeams()).filter((team) => reach.has(team.id)).map((team) => team.slug);
}

/**
 * The scope of one showback read: the caller's teams, the month and the currency the month's records are in. It also
 * holds every team's monthly sums (in that currency) from `historyFrom` through the month, read in one pass, so the
 * total, the team breakdown, the 12-month series by team and the outlook need no read of their own.
 */
export type CostScope = { teams: string[] | null; month: string; currency: string; otherCurrencies: string[]; historyFrom: string; teamSums: GroupedCost[] };

/** How far back the outlook reads: the 12 months shown (the forecast fits on at most 12) plus the trailing months the first of them is judged against. */
export function historyStart(month: string, trailingMonths: number): string {
  return shiftMonth(month, -(11 + trailingMonths));
}

/** The scope of `month` for the caller; the currency is the one most of the 13 months' records use. */
export async function costScope(caller: Caller, month: string): Promise<CostScope> {
  const [teams, policy] = await Promise.all([readableCostTeams(caller), costPolicy()]);
  const historyFrom = historyStart(month, policy.anomalyTrailingMonths);
  const sums = teamCurrencySums({ fromMonth: historyFrom, toMonth: month, teams });
  const yearFrom = shiftMonth(month, -12);
  const records = new Map<string, number>();
  for (const sum of sums) if (sum.month >= yearFrom) records.set(sum.currency, (records.get(sum.currency) ?? 0) + sum.records);
  const currencies = [...records].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([currency]) => currency);
  const currency = currencies[0] ?? DEFAULT_CURRENCY;
  const teamSums = sums.filter((sum) => sum.currency === currency).map((sum) => ({ key: sum.team, month: sum.month, costNanos: sum.costNanos }));
  return { teams, month, currency, otherCurrencies: currencies.slice(1), historyFrom, teamSums };
}

/** The scope's per-team sums from `fromMonth` on, when the scope holds them and no team or service narrows the read; else null. */
export function scopedTeamSums(scope: CostScope, fromMonth: string, filter: { team?: string; service?: string } = {}): GroupedCost[] | null {
  if (filter.team !== undefined || filter.service !== undefined || fromMonth < scope.historyFrom) return null;
  return scope.teamSums.filter((sum) => sum.month >= fromMonth);
}

const filterOf = (scope: CostScope, fromMonth: string, extra: Partial<CostFilter> = {}): CostFilter => ({ fromMonth, toMonth: scope.month, teams: scope.teams, currency: scope.currency, ...extra });

/** Grouped sums as the showback arithmetic takes them, the dimensions' values joined by " / " into one key. */
export function groupedCosts(filter: CostFilter, dimensions: readonly CostDimension[]): GroupedCost[] {
  return costSums(filter, dimensions).map((sum) => ({ key: sum.keys.join(" / "), month: sum.month, costNanos: sum.costNanos }));
}

/** The scope's month summed by the dimensions, each sum with its dimension values (chargeback lines). */
export function groupedCostSums(scope: CostScope, dimensions: readonly CostDimension[]) {
  return costSums(filterOf(scope, scope.month), dimensions);
}

/** The months with cost records the caller may read, newest first (the month picker's choices). */
export async function costMonthsFor(caller: Caller): Promise<string[]> {
  return costMonths(await readableCostTeams(caller));
}

export type Showback = { scope: CostScope; groupBy: ShowbackGroupBy; total: MonthChange; rows: BreakdownRow[] };

/** A month's breakdown by one dimension (of one team or service when given), with shares, last month's cost and the total's month-over-month change. */
export async function showback(caller: Caller, { month, groupBy, team, service }: { month: string; groupBy: ShowbackGroupBy; team?: string; service?: string }): Promise<Showback> {
  return showbackIn(await costScope(caller, month), { groupBy, team, service });
}

/** The breakdown of a scope already read (pages read the scope once for all their sections). */
export function showbackIn(scope: CostScope, { groupBy, team, service }: { groupBy: ShowbackGroupBy; team?: string; service?: string }): Showback {
  const from = shiftMonth(scope.month, -1);
  const rows = (groupBy === "team" ? scopedTeamSums(scope, from, { team, service }) : null) ?? groupedCosts(filterOf(scope, from, { team, service }), [groupBy]);
  return { scope, groupBy, total: monthOverMonth(rows, scope.month), rows: breakdown(rows, scope.month) };
}

/** The 12 months ending with the scope's month, by one dimension, for stacked bars. */
export function showbackSeries(scope: CostScope, groupBy: ShowbackGroupBy, filter: Partial<CostFilter> = {}): MonthSeries {
  const from = shiftMonth(scope.month, -11);
  const rows = (groupBy === "team" && filter.teams === undefined ? scopedTeamSums(scope, from, filter) : null) ?? groupedCosts(filterOf(scope, from, filter), [groupBy]);
  return monthlySeries(rows, scope.month, 12);
}

/** The month's top cost drivers: team / service / signal / cost type, by growth over the month before. */
export function showbackDrivers(scope: CostScope, limit = 5): CostDriver[] {
  return topDrivers(groupedCosts(filterOf(scope, shiftMonth(scope.month, -1)), ["team", "service", "signal", "costType"]), scope.month, limit);
}

/** Unit costs of the month per signal (per GB of logs, per million spans…), largest cost first. */
export function showbackUnitCosts(scope: CostScope, filter: Partial<CostFilter> = {}): (UnitCost & { signal: string })[] {
  const usage = usageSums(filterOf(scope, scope.month, filter));
  const signals = [...new Set(usage.map((row) => row.signal))];
  return signals
    .flatMap((signal) => unitCosts(usage.filter((row) => row.signal === signal)).map((cost) => ({ ...cost, signal })))
    .sort((a, b) => (a.cost === b.cost ? 0 : a.cost > b.cost ? -1 : 1));
}

/** Cost per million requests of the month: the cost of the services that report traffic over the requests they served. */
export async function costPerMillionRequests(scope: CostScope, filter: { team?: string; service?: string } = {}): Promise<(UnitCost & { signal: string })[]> {
  const traffic = await monthlyRequests({ month: scope.month, teamSlugs: scope.teams ?? undefined });
  const services = traffic.services.filter((s) => (filter.team === undefined || s.team === filter.team) && (filter.service === undefined || s.service === filter.service));
  if (services.length === 0) return [];
  const served = new Set(services.map((s) => s.service));
  let cost = 0n;
  for (const sum of groupedCosts(filterOf(scope, scope.month, filter), ["service"])) if (served.has(sum.key)) cost += sum.costNanos;
  return [{ ...perMillionRequests(cost, services.reduce((n, s) => n + s.requests, 0)), signal: "all signals" }];
}

export type ServiceCosts = { month: string; currency: string; total: MonthChange; bySignal: BreakdownRow[] };

/** A service's newest month with costs: its total against the month before and its cost by signal; null when it has none. */
export async function serviceCosts(caller: Caller, service: string): Promise<ServiceCosts | null> {
  const month = costMonths(await readableCostTeams(caller), service)[0];
  if (!month) return null;
  const result = await showback(caller, { month, groupBy: "signal", service });
  return { month, currency: result.scope.currency, total: result.total, bySignal: result.rows };
}

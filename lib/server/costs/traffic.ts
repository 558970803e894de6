// Requests served per month, per service and per team: the denominator of cost per million requests on the showback.
import "server-only";
import { listMonthlyTraffic, type TrafficRow } from "@/db/queries/cost-traffic";

export type ServiceRequests = { service: string; serviceName: string; team: string; requests: number };
export type TeamRequests = { team: string; teamName: string; requests: number };
export type MonthlyRequests = { month: string; total: number; services: ServiceRequests[]; teams: TeamRequests[] };

function summarise(month: string, rows: readonly TrafficRow[]): MonthlyRequests {
  const teams = new Map<string, TeamRequests>();
  let total = 0;
  for (const row of rows) {
    total += row.requests;
    const team = teams.get(row.teamSlug) ?? { team: row.teamSlug, teamName: row.teamName, requests: 0 };
    team.requests += row.requests;
    teams.set(row.teamSlug, team);
  }
  return {
    month,
    total,
    services: rows.map((r) => ({ service: r.serviceSlug, serviceName: r.serviceName, team: r.teamSlug, requests: r.requests })),
    teams: [...teams.values()],
  };
}

/**
 * The requests of one month ("YYYY-MM"): the total, each service's and each team's (by slug order). `teamSlugs` limits it
 * to those teams; a month without traffic gives zero and empty lists (the showback then shows no unit cost per request).
 */
export async function monthlyRequests({ month, teamSlugs }: { month: string; teamSlugs?: readonly string[] }): Promise<MonthlyRequests> {
  return summarise(month, await listMonthlyTraffic({ from: month, to: month, teamSlugs }));
}

/** The same for every month from `from` to `to` inclusive, oldest first; months without traffic are left out. */
export async function requestsByMonth({ from, to, teamSlugs }: { from: string; to: string; teamSlugs?: readonly string[] }): Promise<MonthlyRequests[]> {
  const byMonth = new Map<string, TrafficRow[]>();
  for (const row of await listMonthlyTraffic({ from, to, teamSlugs })) {
    const rows = byMonth.get(row.month) ?? [];
    rows.push(row);
    byMonth.set(row.month, rows);
  }
  return [...byMonth].map(([month, rows]) => summarise(month, rows));
}

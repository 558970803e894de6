// Breakdowns of the counted incidents (no drills, started in the range): MTTA and MTTR by severity and by team,
// on-call load per person, recurring services and tags, incidents soon after a deploy, and error budget burned.
import { countedIn, groupBy, mttaMinutes, mttrMinutes, type IncidentFacts, type MeanMedian, type TimeRange } from "./analytics";
import type { IncidentPolicy } from "./policy";
import { SEVERITIES, type Severity } from "./types";
import { wallClock } from "./zone-clock";

/** What the breakdowns need of an incident beyond the timing facts. */
export type AnalyticsIncident = IncidentFacts & {
  title: string;
  assignee: { id: number; name: string } | null;
  services: { id: number; slug: string }[];
  tags: string[];
};

export type GroupFigures<K extends string = string> = { key: K; count: number; mttaMinutes: MeanMedian; mttrMinutes: MeanMedian };

const figuresOf = <K extends string>(key: K, list: readonly IncidentFacts[]): GroupFigures<K> => ({ key, count: list.length, mttaMinutes: mttaMinutes(list), mttrMinutes: mttrMinutes(list) });

/** MTTA and MTTR of each severity, every severity present (0 and nulls when it had none). */
export function figuresBySeverity(incidents: readonly IncidentFacts[], range: TimeRange): GroupFigures<Severity>[] {
  const groups = groupBy(countedIn(incidents, range), (i) => i.severity);
  return SEVERITIES.map((s) => figuresOf(s, groups.get(s) ?? []));
}

/** MTTA and MTTR of each team (by slug; "" for incidents without a team), most incidents first. */
export function figuresByTeam(incidents: readonly IncidentFacts[], range: TimeRange): GroupFigures[] {
  const groups = groupBy(countedIn(incidents, range), (i) => i.team ?? "");
  return [...groups].map(([key, list]) => figuresOf(key, list)).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export type WorkingHours = IncidentPolicy["workingHours"];

/** Outside working hours: a Saturday or Sunday, or before startHour or from endHour on, in the working hours' zone. */
export function isOutsideWorkingHours(at: Date, hours: WorkingHours): boolean {
  const local = wallClock(at, hours.timeZone);
  const day = local.getUTCDay();
  if (day === 0 || day === 6) return true;
  const hour = local.getUTCHours();
  return hour < hours.startHour || hour >= hours.endHour;
}

export type PersonLoad = { id: number; name: string; incidents: number; outOfHours: number };

/** Per assignee: the incidents they were paged for, and how many of those began outside working hours; busiest first. */
export function onCallLoad(incidents: readonly AnalyticsIncident[], range: TimeRange, hours: WorkingHours): PersonLoad[] {
  const byPerson = new Map<number, PersonLoad>();
  for (const incident of countedIn(incidents, range)) {
    if (!incident.assignee) continue;
    const load = byPerson.get(incident.assignee.id) ?? { ...incident.assignee, incidents: 0, outOfHours: 0 };
    load.incidents += 1;
    if (isOutsideWorkingHours(incident.startedAt, hours)) load.outOfHours += 1;
    byPerson.set(incident.assignee.id, load);
  }
  return [...byPerson.values()].sort((a, b) => b.incidents - a.incidents || b.outOfHours - a.outOfHours || a.name.localeCompare(b.name));
}

export type Recurring = { key: string; count: number };

const atLeastTwice = (counts: Map<string, number>): Recurring[] =>
  [...counts]
    .filter(([, count]) => count >= 2)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/** Services (by slug) and tags with two or more incidents in the range, most first. */
export function recurringIncidents(incidents: readonly AnalyticsIncident[], range: TimeRange): { services: Recurring[]; tags: Recurring[] } {
  const services = new Map<string, number>();
  const tags = new Map<string, number>();
  const countOnce = (counts: Map<string, number>, keys: readonly string[]) => {
    for (let k = 0; k < keys.length; k++) if (keys.indexOf(keys[k]!) === k) counts.set(keys[k]!, (counts.get(keys[k]!) ?? 0) + 1);
  };
  for (const incident of countedIn(incidents, range)) {
    countOnce(services, incident.services.map((s) => s.slug));
    countOnce(tags, incident.tags);
  }
  return { services: atLeastTwice(services), tags: atLeastTwice(tags) };
}

export type DeployFact = { serviceId: number; serviceSlug: string; version: string; at: Date };
export type AfterDeploy = { number: number; title: string; severity: Severity; startedAt: Date; deploy: DeployFact; minutesAfter: number };

/**
 * Incidents that began within windowMinutes after a deploy of one of their services (deploy ≤ start ≤ deploy + window),
 * each with the latest such deploy; newest incident first.
 */
export function incidentsAfterDeploys(incidents: readonly AnalyticsIncident[], deploys: readonly DeployFact[], range: TimeRange, windowMinutes: number): AfterDeploy[] {
  // Each service's deploys in time order (stable: equal times keep their input order), searched by bisection.
  const byService = new Map<number, DeployFact[]>();
  for (const deploy of deploys) {
    const list = byService.get(deploy.serviceId);
    if (list) list.push(deploy);
    else byService.set(deploy.serviceId, [deploy]);
  }
  for (const list of byService.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  const windowMs = windowMinutes * 60_000;
  const found: AfterDeploy[] = [];
  for (const incident of countedIn(incidents, range)) {
    const start = incident.startedAt.getTime();
    let latest: DeployFact | undefined;
    for (const service of incident.services) {
      const candidate = latestAtOrBefore(byService.get(service.id), start);
      if (candidate && start - candidate.at.getTime() <= windowMs && (!latest || candidate.at.getTime() > latest.at.getTime())) latest = candidate;
    }
    if (latest) found.push({ number: incident.number, title: incident.title, severity: incident.severity, startedAt: incident.startedAt, deploy: latest, minutesAfter: (start - latest.at.getTime()) / 60_000 });
  }
  return found.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || b.number - a.number);
}

/** The latest deploy at or before `ms` in a time-ordered list (the first given of several at that same time). */
function latestAtOrBefore(sorted: readonly DeployFact[] | undefined, ms: number): DeployFact | undefined {
  if (!sorted?.length) return undefined;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.at.getTime() <= ms) low = mid + 1;
    else high = mid;
  }
  let index = low - 1;
  if (index < 0) return undefined;
  const at = sorted[index]!.at.getTime();
  while (index > 0 && sorted[index - 1]!.at.getTime() === at) index -= 1;
  return sorted[index];
}

/** One incident's share of one SLO's error budget (0.25 = a quarter of the window's budget), as lib/incidents/impact.ts computes it. */
export type BudgetBurn = { incident: number; slo: string; budgetBurned: number };
export type IncidentBudget = { number: number; title: string; severity: Severity; slos: { slo: string; budgetBurned: number }[]; total: number };

/** Error budget burned per counted incident, summed over its SLOs; the costliest first. */
export function budgetBurnedByIncident(incidents: readonly AnalyticsIncident[], burns: readonly BudgetBurn[], range: TimeRange): IncidentBudget[] {
  const counted = new Map(countedIn(incidents, range).map((i) => [i.number, i]));
  const byIncident = new Map<number, IncidentBudget>();
  for (const burn of burns) {
    const incident = counted.get(burn.incident);
    if (!incident) continue;
    const row = byIncident.get(burn.incident) ?? { number: incident.number, title: incident.title, severity: incident.severity, slos: [], total: 0 };
    row.slos.push({ slo: burn.slo, budgetBurned: burn.budgetBurned });
    row.total += burn.budgetBurned;
    byIncident.set(burn.incident, row);
  }
  return [...byIncident.values()].sort((a, b) => b.total - a.total || a.number - b.number);
}

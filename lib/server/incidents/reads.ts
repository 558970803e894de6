// What incident pages and the API read: one incident with its timeline, filtered pages of the log, the analytics figures.
import "server-only";
import { listAnalyticsFacts } from "@/db/queries/incident-analytics";
import { findIncidentByNumber, listIncidents, listTimeline, type IncidentFilter, type IncidentRecord } from "@/db/queries/incidents";
import { findServiceBySlug } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import type { TimelineEntry } from "@/db/schema";
import { INCIDENT_STATUSES, SEVERITIES, type IncidentStatus, type Severity } from "@/lib/incidents/types";
import { instantMs } from "@/lib/instant";
import { invalid, notFound } from "../errors";

export async function getIncident(number: number): Promise<{ incident: IncidentRecord; timeline: TimelineEntry[] }> {
  const incident = await findIncidentByNumber(number);
  if (!incident) throw notFound(`No incident #${number}`);
  return { incident, timeline: await listTimeline(incident.id) };
}

export type IncidentListQuery = {
  status?: string;
  severity?: string;
  service?: string;
  team?: string;
  from?: string;
  to?: string;
  q?: string;
  drill?: "true" | "false";
  limit?: number;
  offset?: number;
};

function listOf<T extends string>(raw: string | undefined, allowed: readonly T[], field: string): T[] | undefined {
  if (!raw) return undefined;
  const values = raw.split(",").map((v) => v.trim()).filter(Boolean);
  for (const value of values) if (!allowed.includes(value as T)) throw invalid(`${field}: "${value}" is not one of ${allowed.join(", ")}`, field);
  return values as T[];
}

function instantOf(raw: string | undefined, field: string): Date | undefined {
  if (!raw) return undefined;
  const ms = instantMs(raw);
  if (ms === null) throw invalid(`${field}: must be an ISO-8601 time with a zone or Unix epoch seconds`, field);
  return new Date(ms);
}

/** The log's filter from query-string words (slugs, comma lists, `open`); 400 naming a bad one, 404 for an unknown slug. */
export async function incidentFilter(query: IncidentListQuery): Promise<IncidentFilter> {
  const statuses: IncidentStatus[] | undefined =
    query.status === "open" ? ["triggered", "acknowledged", "investigating", "mitigated"] : listOf(query.status, INCIDENT_STATUSES, "status");
  const severities: Severity[] | undefined = listOf(query.severity, SEVERITIES, "severity");
  const filter: IncidentFilter = { statuses, severities, from: instantOf(query.from, "from"), to: instantOf(query.to, "to"), q: query.q, drill: query.drill === "true", limit: query.limit, offset: query.offset };
  if (query.service) {
    const service = await findServiceBySlug(query.service);
    if (!service) throw notFound(`No service with slug "${query.service}"`);
    filter.serviceId = service.id;
  }
  if (query.team) {
    const team = await findTeamBySlug(query.team);
    if (!team) throw notFound(`No team with slug "${query.team}"`);
    filter.teamId = team.id;
  }
  return filter;
}

export async function searchIncidents(query: IncidentListQuery): Promise<{ incidents: IncidentRecord[]; total: number }> {
  return listIncidents(await incidentFilter(query));
}

/** A team's SEV1 incidents (drills never) that started in [from, to): what "major outages" counts. */
export async function majorIncidentsOfTeam(teamId: number, from: Date, to: Date): Promise<{ startedAt: Date; severity: Severity; isDrill: boolean }[]> {
  return (await listAnalyticsFacts({ from, to, teamId, severities: ["SEV1"] })).map((i) => ({ startedAt: i.startedAt, severity: i.severity, isDrill: i.isDrill }));
}

// Who may change an incident: members of its team (the first affected service's) and admins; tokens reaching that team.
import "server-only";
import { findIncidentByNumber, type IncidentRecord } from "@/db/queries/incidents";
import type { Caller } from "@/lib/access/caller";
import { assertAdmin, assertTeamChange, notFound } from "../errors";

/** The incident of a number that the caller may change; 404 when unknown, 403 when another team's. */
export async function writableIncident(caller: Caller, number: number): Promise<IncidentRecord> {
  const incident = await findIncidentByNumber(number);
  if (!incident) throw notFound(`No incident #${number}`);
  // An incident with no known service (an alert without a service label) belongs to no team: admins change it.
  if (incident.teamId === null || incident.teamSlug === null) assertAdmin(caller);
  else assertTeamChange(caller, { id: incident.teamId, slug: incident.teamSlug }, `incident #${number}`);
  return incident;
}

// The postmortem page's reads, memoised per request so its sections share them.
import "server-only";
import { cache } from "react";
import { findIncidentByNumber, listTimeline } from "@/db/queries/incidents";
import { findPostmortem, listActionItems } from "@/db/queries/postmortems";
import { listUsers } from "@/db/queries/users";
import { incidentImpact } from "@/lib/server/incidents/impact";

export const loadIncident = cache((number: number) => findIncidentByNumber(number));
export const loadPostmortem = cache(async (incidentId: number) => (await findPostmortem(incidentId)) ?? null);
export const loadTimeline = cache((incidentId: number) => listTimeline(incidentId));
export const loadActionItems = cache((incidentId: number) => listActionItems({ incidentId }));
export const loadPeople = cache(async () => (await listUsers()).filter((u) => u.isActive).map((u) => ({ email: u.email, name: u.name })));
export const loadImpact = cache(async (number: number) => {
  const incident = await loadIncident(number);
  return incident ? incidentImpact(incident) : null;
});

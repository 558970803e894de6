// The incident page's reads, memoised per request: the header and every section share one record, policy and instant.
import "server-only";
import { cache } from "react";
import { findDrillByIncidentId } from "@/db/queries/drills";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { findIncidentByNumber, findPostmortemStatus, listTimeline } from "@/db/queries/incidents";
import { listSlos } from "@/db/queries/slos";
import { nowMs } from "@/lib/clock";

export const pageNow = cache(() => new Date(nowMs()));

/** The number in the path, or null when it cannot be an incident's. */
export function numberOf(raw: string): number | null {
  const number = Number(raw);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

export const loadIncident = cache((number: number) => findIncidentByNumber(number));

export const loadPolicy = cache(() => getIncidentPolicy());

export const loadTimeline = cache((incidentId: number) => listTimeline(incidentId));

export const loadPostmortemStatus = cache((incidentId: number) => findPostmortemStatus(incidentId));

/** The SLOs of each affected service, for links from the incident to them. */
export const loadServiceSlos = cache(async (serviceSlugs: string) => {
  const slugs = serviceSlugs.split(",");
  const slos = await Promise.all(slugs.map((service) => listSlos({ service })));
  return new Map(slugs.map((slug, index) => [slug, slos[index]!.map((s) => ({ slug: s.slug, name: s.name }))]));
});

/** The drill an incident ran as (drill incidents only). */
export const loadDrillOf = cache((incidentId: number) => findDrillByIncidentId(incidentId));

// What the analytics page and API read: the facts of the counted incidents, the deploys before them, the policy's
// working hours and deploy window, and the figures computed from them by lib/incidents.
import "server-only";
import { budgetBurns } from "./impact";
import { listDeploymentsBetween } from "@/db/queries/deploys";
import { listAnalyticsFacts, listAnalyticsMarkers, type AnalyticsMarker } from "@/db/queries/incident-analytics";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { findTeamBySlug } from "@/db/queries/teams";
import { summarize, type IncidentSummary, type TimeRange } from "@/lib/incidents/analytics";
import { DEFAULT_ANALYTICS_DAYS, type IncidentAnalyticsQuery } from "@/lib/incidents/analytics-query";
import { incidentAnalytics, type IncidentAnalytics } from "@/lib/incidents/analytics-report";
import { SEVERITIES, type Severity } from "@/lib/incidents/types";
import { instantMs } from "@/lib/instant";
import { invalid, notFound } from "../errors";

const DAY_MS = 86_400_000;

type ResolvedQuery = { range: TimeRange; teamId?: number; team: { slug: string; name: string } | null; severities: Severity[] };

function instant(raw: string | undefined, field: string): Date | undefined {
  if (!raw) return undefined;
  const ms = instantMs(raw);
  if (ms === null) throw invalid(`${field}: must be an ISO-8601 time with a zone or Unix epoch seconds`, field);
  return new Date(ms);
}

/** The query's range (default: the 90 days before now), team and severities; 400 naming a bad field, 404 for an unknown team. */
async function resolveQuery(query: IncidentAnalyticsQuery, now: Date): Promise<ResolvedQuery> {
  const to = instant(query.to, "to") ?? now;
  const from = instant(query.from, "from") ?? new Date(to.getTime() - DEFAULT_ANALYTICS_DAYS * DAY_MS);
  if (from >= to) throw invalid("from: must be before to", "from");
  const severities = (query.severity ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const s of severities) if (!SEVERITIES.includes(s as Severity)) throw invalid(`severity: "${s}" is not one of ${SEVERITIES.join(", ")}`, "severity");
  let team: ResolvedQuery["team"] = null;
  let teamId: number | undefined;
  if (query.team) {
    const found = await findTeamBySlug(query.team);
    if (!found) throw notFound(`No team with slug "${query.team}"`);
    team = { slug: found.slug, name: found.name };
    teamId = found.id;
  }
  return { range: { from, to }, teamId, team, severities: severities as Severity[] };
}

/** The API's figures: count, by severity, MTTA and MTTR over incidents that started in [from, to). */
export async function analyticsSummary(query: IncidentAnalyticsQuery, now = new Date()): Promise<IncidentSummary> {
  const { range, teamId, severities } = await resolveQuery(query, now);
  return summarize(await listAnalyticsFacts({ ...range, teamId, severities }), range);
}

export type AnalyticsPageData = {
  range: TimeRange;
  team: { slug: string; name: string } | null;
  severities: Severity[];
  analytics: IncidentAnalytics;
  markers: AnalyticsMarker[];
  deployWindowMinutes: number;
  workingHours: { timeZone: string; startHour: number; endHour: number };
};

/** Everything the analytics page shows, for one filter. */
export async function analyticsPage(query: IncidentAnalyticsQuery, now = new Date()): Promise<AnalyticsPageData> {
  const resolved = await resolveQuery(query, now);
  const { range } = resolved;
  const [policy, incidents, markers] = await Promise.all([getIncidentPolicy(), listAnalyticsFacts({ ...range, teamId: resolved.teamId, severities: resolved.severities }), listAnalyticsMarkers()]);
  const serviceIds = [...new Set(incidents.flatMap((i) => i.services.map((s) => s.id)))];
  const deploys = await listDeploymentsBetween(serviceIds, new Date(range.from.getTime() - policy.deployWindowMinutes * 60_000), range.to);
  const analytics = incidentAnalytics({
    incidents,
    deploys: deploys.map((d) => ({ serviceId: d.serviceId, serviceSlug: d.serviceSlug, version: d.version, at: d.at })),
    burns: await budgetBurns(incidents.filter((i) => !i.isDrill), now),
    range,
    timeZone: policy.workingHours.timeZone,
    policy,
  });
  return { range, team: resolved.team, severities: resolved.severities, analytics, markers: markers.filter((m) => Date.parse(m.at) >= range.from.getTime() && Date.parse(m.at) < range.to.getTime()), deployWindowMinutes: policy.deployWindowMinutes, workingHours: policy.workingHours };
}

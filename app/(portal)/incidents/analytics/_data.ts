// The analytics page's one read, memoised per request: every section shows figures of the same filter and instant.
import "server-only";
import { cache } from "react";
import { listTeams } from "@/db/queries/teams";
import { nowMs } from "@/lib/clock";
import type { IncidentAnalyticsQuery } from "@/lib/incidents/analytics-query";
import { analyticsPage } from "@/lib/server/incidents/analytics";

// Keyed by the query's JSON: cache() compares arguments by identity.
const loadByKey = cache((key: string) => analyticsPage(JSON.parse(key) as IncidentAnalyticsQuery, new Date(nowMs())));

export const loadAnalytics = (query: IncidentAnalyticsQuery) => loadByKey(JSON.stringify(query));

export const loadTeamNames = cache(async () => Object.fromEntries((await listTeams()).map((t) => [t.slug, t.name])) as Record<string, string>);

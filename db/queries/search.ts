// What the command palette finds: services (with their readiness), SLOs and teams (with their costs) by name (incidents join as they arrive).
import "server-only";
import { asc, eq, like, or } from "drizzle-orm";
import { serviceReadiness } from "@/lib/readiness/state";
import { readinessWords } from "@/lib/readiness/view/scorecard";
import { getDb } from "../client";
import { services, slos, teams } from "../schema";
import { latestReviewStates } from "./readiness-state";
import { getReadinessPolicy } from "./readiness-policy";

export type SearchResult = { kind: "service" | "team" | "slo" | "readiness" | "costs"; title: string; subtitle: string; href: string };

export async function searchEverything(query: string, limit = 20): Promise<SearchResult[]> {
  const pattern = `%${query.trim()}%`;
  const db = getDb();
  const serviceRows = db
    .select({ id: services.id, slug: services.slug, name: services.name, tier: services.tier, team: teams.name })
    .from(services)
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(or(like(services.name, pattern), like(services.slug, pattern)))
    .orderBy(asc(services.name))
    .limit(limit)
    .all();
  const teamRows = db
    .select({ slug: teams.slug, name: teams.name })
    .from(teams)
    .where(or(like(teams.name, pattern), like(teams.slug, pattern)))
    .orderBy(asc(teams.name))
    .limit(limit)
    .all();
  const sloRows = db
    .select({ slug: slos.slug, name: slos.name, service: services.name })
    .from(slos)
    .innerJoin(services, eq(services.id, slos.serviceId))
    .where(or(like(slos.name, pattern), like(slos.slug, pattern)))
    .orderBy(asc(slos.name))
    .limit(limit)
    .all();
  const [reviews, policy] = serviceRows.length ? await Promise.all([latestReviewStates(serviceRows.map((s) => s.id)), getReadinessPolicy()]) : [new Map(), null];
  const now = Date.now();
  return [
    ...serviceRows.map((s) => ({ kind: "service" as const, title: s.name, subtitle: `Tier ${s.tier} · ${s.team}`, href: `/services/${s.slug}` })),
    // A service's readiness, opening the Readiness section of its page.
    ...serviceRows.map((s) => ({ kind: "readiness" as const, title: `Readiness: ${s.name}`, subtitle: readinessWords(serviceReadiness(reviews.get(s.id) ?? null, policy!, now)), href: `/services/${s.slug}#readiness` })),
    ...sloRows.map((s) => ({ kind: "slo" as const, title: s.name, subtitle: `SLO · ${s.service}`, href: `/slos/${s.slug}` })),
    ...teamRows.map((t) => ({ kind: "team" as const, title: t.name, subtitle: "Team", href: `/services?team=${t.slug}` })),
    // A team's observability costs, opening its drill-down.
    ...teamRows.map((t) => ({ kind: "costs" as const, title: `Costs: ${t.name}`, subtitle: "Observability cost by service and signal", href: `/costs/teams/${t.slug}` })),
  ].slice(0, limit);
}

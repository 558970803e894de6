// Where each service stands: its readiness (state, level, blockers) from its latest review, one service or the scorecard.
import "server-only";
import { latestReviewStates } from "@/db/queries/readiness-state";
import type { ServiceFilter, ServiceWithTeam } from "@/db/queries/services";
import { categoryScores, serviceReadiness, type CategoryScore, type ServiceReadiness, type StateReview } from "@/lib/readiness/state";
import type { ReadinessPolicy } from "@/lib/readiness/policy";
import { catalogServices, serviceBySlug } from "../catalog/services";
import { notFound } from "../errors";
import { readinessPolicy } from "./policy";
import { latestReviewsByService } from "./reads";

export type ServiceReadinessView = { service: ServiceWithTeam; readiness: ServiceReadiness; categories: CategoryScore[] };

function viewOf(service: ServiceWithTeam, review: StateReview | undefined, policy: ReadinessPolicy, nowMs: number): ServiceReadinessView {
  return { service, readiness: serviceReadiness(review ?? null, policy, nowMs), categories: review ? categoryScores(review.items, policy) : [] };
}

/** A service's readiness at `nowMs`; 404 for an unknown slug. */
export async function readinessOfService(slug: string, nowMs: number): Promise<ServiceReadinessView> {
  const service = await serviceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  const [reviews, policy] = await Promise.all([latestReviewStates([service.id]), readinessPolicy()]);
  return viewOf(service, reviews.get(service.id), policy, nowMs);
}

export type Scorecard = {
  rows: ServiceReadinessView[];
  /** Every category any shown review has, in the order first met (the columns). */
  categories: { key: string; name: string }[];
  policy: ReadinessPolicy;
};

/** The scorecard: each service of the filter with its readiness and per-category scores. */
export async function readinessScorecard(filter: Pick<ServiceFilter, "team" | "tier">, nowMs: number): Promise<Scorecard> {
  const [services, reviews, policy] = await Promise.all([catalogServices(filter), latestReviewsByService(), readinessPolicy()]);
  const rows = services.map((service) => viewOf(service, reviews.get(service.id), policy, nowMs));
  const categories = new Map<string, string>();
  for (const row of rows) for (const c of row.categories) if (!categories.has(c.key)) categories.set(c.key, c.name);
  return { rows, categories: [...categories].map(([key, name]) => ({ key, name })), policy };
}

// Where each service stands: its readiness (state, level, blockers) from its latest review, one service or the scorecard.
// On the scorecard a review in review is judged with its automatic checks evaluated live (all services' checks at once, a
// fixed number of reads), so it shows what each review shows when it is opened; an approved review stays as it was signed.
import "server-only";
import { latestReviewStates, type CheckedStateItem } from "@/db/queries/readiness-state";
import type { ServiceFilter, ServiceWithTeam } from "@/db/queries/services";
import { withCheckResults } from "@/lib/readiness/review-rules";
import { categoryScores, serviceReadiness, type CategoryScore, type ServiceReadiness, type StateReview } from "@/lib/readiness/state";
import type { ReadinessPolicy } from "@/lib/readiness/policy";
import { catalogServices, serviceBySlug } from "../catalog/services";
import { notFound } from "../errors";
import { evaluateChecksOfServices } from "./checks";
import { readinessPolicy } from "./policy";

export type ServiceReadinessView = { service: ServiceWithTeam; readiness: ServiceReadiness; categories: CategoryScore[] };

function viewOf(service: ServiceWithTeam, review: StateReview | undefined, policy: ReadinessPolicy, nowMs: number): ServiceReadinessView {
  return { service, readiness: serviceReadiness(review ?? null, policy, nowMs), categories: review ? categoryScores(review.items, policy) : [] };
}

type Latest = Omit<StateReview, "items"> & { items: readonly CheckedStateItem[] };

/** The services' latest reviews (by service id) with the automatic checks of those in review evaluated at `nowMs`. */
async function liveReviews(services: readonly ServiceWithTeam[], nowMs: number): Promise<Map<number, StateReview>> {
  const reviews: Map<number, Latest> = services.length ? await latestReviewStates(services.map((s) => s.id)) : new Map();
  const requests = services.flatMap((service) => {
    const review = reviews.get(service.id);
    if (review?.status !== "in_review") return [];
    return [{ service, checks: review.items.flatMap((item) => (item.check ? [{ itemKey: item.itemKey, check: item.check }] : [])) }];
  });
  const results = await evaluateChecksOfServices(requests, nowMs);
  return new Map(
    [...reviews].map(([serviceId, review]) => {
      const fresh = results.get(serviceId);
      return [serviceId, fresh ? { ...review, items: withCheckResults(review.items, fresh) } : review];
    }),
  );
}

/** A service's readiness at `nowMs`; 404 for an unknown slug. */
export async function readinessOfService(slug: string, nowMs: number): Promise<ServiceReadinessView> {
  const service = await serviceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  // The stored results: refreshed whenever the review is opened.
  const [reviews, policy] = await Promise.all([latestReviewStates([service.id]), readinessPolicy()]);
  return viewOf(service, reviews.get(service.id), policy, nowMs);
}

export type Scorecard = {
  rows: ServiceReadinessView[];
  /** Every category any shown review has, in the order first met (the columns). */
  categories: { key: string; name: string }[];
  policy: ReadinessPolicy;
};

/** The scorecard: each service of the filter with its readiness and per-category scores, automatic checks evaluated live. */
export async function readinessScorecard(filter: Pick<ServiceFilter, "team" | "tier">, nowMs: number): Promise<Scorecard> {
  const services = await catalogServices(filter);
  const [reviews, policy] = await Promise.all([liveReviews(services, nowMs), readinessPolicy()]);
  const rows = services.map((service) => viewOf(service, reviews.get(service.id), policy, nowMs));
  const categories = new Map<string, string>();
  for (const row of rows) for (const c of row.categories) if (!categories.has(c.key)) categories.set(c.key, c.name);
  return { rows, categories: [...categories].map(([key, name]) => ({ key, name })), policy };
}

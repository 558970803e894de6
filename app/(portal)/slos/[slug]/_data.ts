// The SLO page's reads, memoised per request so the header and every section share one record, one status and one instant.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { listReviews } from "@/db/queries/reviews";
import { getSloStatus, listSloStatuses, rollingRecovery } from "@/db/queries/slo-status";
import { findSloBySlug } from "@/db/queries/slos";

// Sections render at different moments of the stream; one instant keeps their figures consistent with each other.
export const pageNow = cache(() => nowMs());

export const loadSlo = cache((slug: string) => findSloBySlug(slug));

export const loadSloStatus = cache(async (slug: string) => {
  const found = await getSloStatus(slug, pageNow());
  // The page checked the slug before streaming began; a miss now means the SLO was deleted meanwhile.
  if (!found) throw new Error(`SLO ${slug} no longer exists`);
  return found;
});

/** Only asked for when a rolling budget is spent: when it is back above zero with no new bad events. */
export const loadRecovery = cache(async (slug: string) => {
  const { record } = await loadSloStatus(slug);
  return rollingRecovery(record, pageNow());
});

export const loadReviews = cache((sloId: number) => listReviews(sloId));

export const loadServiceStatuses = cache((serviceSlug: string) => listSloStatuses(pageNow(), { service: serviceSlug }));

// The readiness state's narrow read: each service's latest review that was not cancelled with only the item fields the
// state needs, in two queries (the scorecard of every service and the palette read it; pages of one review use the
// review reads).
import "server-only";
import { and, asc, desc, inArray, ne } from "drizzle-orm";
import type { StateItem, StateReview } from "@/lib/readiness/state";
import type { AutomaticCheck } from "@/lib/readiness/types";
import { getDb } from "../client";
import { readinessReviewItems, readinessReviews } from "../schema";

/** A review item as the state reads it, with the automatic check it carries (null: checked by people only). */
export type CheckedStateItem = StateItem & { check: AutomaticCheck | null };

type LatestReview = Omit<StateReview, "items"> & { serviceId: number; dueDate: string | null; updatedAt: Date; items: CheckedStateItem[] };

/** Per service id, its latest review (by creation, then id) that was not cancelled; all services when no ids are given. */
export async function latestReviewStates(serviceIds?: readonly number[]): Promise<Map<number, LatestReview>> {
  const db = getDb();
  const notCancelled = ne(readinessReviews.status, "cancelled");
  const reviews = db
    .select({ id: readinessReviews.id, serviceId: readinessReviews.serviceId, status: readinessReviews.status, approvedAt: readinessReviews.approvedAt, dueDate: readinessReviews.dueDate, updatedAt: readinessReviews.updatedAt })
    .from(readinessReviews)
    .where(serviceIds ? and(notCancelled, inArray(readinessReviews.serviceId, [...serviceIds])) : notCancelled)
    .orderBy(desc(readinessReviews.createdAt), desc(readinessReviews.id))
    .all();
  const latest = new Map<number, (typeof reviews)[number]>();
  for (const review of reviews) if (!latest.has(review.serviceId)) latest.set(review.serviceId, review);
  const ids = [...latest.values()].map((r) => r.id);
  const items = new Map<number, CheckedStateItem[]>(ids.map((id) => [id, []]));
  if (ids.length) {
    const rows = db
      .select({
        reviewId: readinessReviewItems.reviewId,
        itemKey: readinessReviewItems.itemKey,
        text: readinessReviewItems.text,
        categoryKey: readinessReviewItems.categoryKey,
        categoryName: readinessReviewItems.categoryName,
        required: readinessReviewItems.required,
        status: readinessReviewItems.status,
        evidenceRequired: readinessReviewItems.evidenceRequired,
        justification: readinessReviewItems.justification,
        evidenceUrl: readinessReviewItems.evidenceUrl,
        checkResult: readinessReviewItems.checkResult,
        overrideReason: readinessReviewItems.overrideReason,
        check: readinessReviewItems.check,
      })
      .from(readinessReviewItems)
      .where(inArray(readinessReviewItems.reviewId, ids))
      .orderBy(asc(readinessReviewItems.reviewId), asc(readinessReviewItems.position))
      .all();
    for (const { reviewId, ...item } of rows) items.get(reviewId)!.push(item);
  }
  return new Map([...latest].map(([serviceId, review]) => [serviceId, { ...review, items: items.get(review.id)! }]));
}

// A service's readiness from its latest review that was not cancelled: the state the API reports, the level the
// scorecard shows, and the required items that stand between the service and "ready".
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import type { ReadinessPolicy } from "./policy";
import { progress, signOffBlockers, type Blocker, type RuleItem } from "./review-rules";
import type { ReadinessLevel, ReadinessState, ReviewStatus } from "./types";

/** One review item as the state reads it: the checklist rules' item plus where it sits. */
export type StateItem = RuleItem & { itemKey: string; categoryKey: string; categoryName: string };

export type StateReview = { id: number; status: ReviewStatus; approvedAt: Date | null; items: readonly StateItem[] };

export type ServiceReadiness = {
  state: ReadinessState;
  reviewId: number | null;
  approvedAt: Date | null;
  /** When a re-review is due: approvedAt + the policy's months (in UTC calendar months). */
  reviewDueAt: Date | null;
  level: ReadinessLevel;
  passed: number;
  applicable: number;
  blockers: Blocker[];
};

/** Passed and applicable (not N/A) items, e.g. of one category: the checklist rules' progress. */
function tally(items: readonly Pick<StateItem, "status">[]): { passed: number; applicable: number } {
  const { passed, applicable } = progress(items);
  return { passed, applicable };
}

/**
 * The level by share of applicable items passed: Gold when every one passed, Silver and Bronze from the policy's
 * percentages (Keel's defaults 75% and 50%), none below Bronze or with nothing applicable.
 */
export function levelOf(passed: number, applicable: number, policy: Pick<ReadinessPolicy, "bronzePercent" | "silverPercent">): ReadinessLevel {
  if (applicable <= 0) return "none";
  if (passed >= applicable) return "gold";
  // Compare passed × 100 with percent × applicable, so 3 of 4 is exactly 75% with no rounding.
  if (passed * 100 >= policy.silverPercent * applicable) return "silver";
  if (passed * 100 >= policy.bronzePercent * applicable) return "bronze";
  return "none";
}

const failedCheck = (item: StateItem) => item.status === "pending" && item.checkResult?.status === "fail";

/** Whether the item stops the review: a required item failed, or pending with its automatic check failing. */
const isBlocking = (item: StateItem) => item.required && (item.status === "fail" || failedCheck(item));

/** approvedAt plus `months` calendar months, counted in UTC. */
export function reviewDueAt(approvedAt: Date, months: number): Date {
  return new Date(addMonths(new TZDate(approvedAt.getTime(), "UTC"), months).getTime());
}

/** The service's readiness at `nowMs` from its latest review that was not cancelled (null: never reviewed). */
export function serviceReadiness(review: StateReview | null, policy: ReadinessPolicy, nowMs: number): ServiceReadiness {
  if (!review || review.status === "cancelled") {
    return { state: "not_reviewed", reviewId: null, approvedAt: null, reviewDueAt: null, level: "none", passed: 0, applicable: 0, blockers: [] };
  }
  const { passed, applicable } = tally(review.items);
  // The blockers are sign-off's: every required item neither passed nor N/A, with what stands in its way.
  const base = { reviewId: review.id, level: levelOf(passed, applicable, policy), passed, applicable, blockers: signOffBlockers(review.items) };
  if (review.status === "approved" && review.approvedAt) {
    const due = reviewDueAt(review.approvedAt, policy.reReviewMonths);
    // Ready until the re-review is due; from that instant on, expired.
    return { ...base, state: nowMs < due.getTime() ? "ready" : "expired", approvedAt: review.approvedAt, reviewDueAt: due };
  }
  return { ...base, state: review.items.some(isBlocking) ? "blocked" : "in_review", approvedAt: null, reviewDueAt: null };
}

export type CategoryScore = { key: string; name: string; passed: number; applicable: number; level: ReadinessLevel };

/** Per category of a review, in the review's order: passed of applicable and its level. */
export function categoryScores(items: readonly StateItem[], policy: Pick<ReadinessPolicy, "bronzePercent" | "silverPercent">): CategoryScore[] {
  const order: string[] = [];
  const byKey = new Map<string, StateItem[]>();
  for (const item of items) {
    if (!byKey.has(item.categoryKey)) {
      byKey.set(item.categoryKey, []);
      order.push(item.categoryKey);
    }
    byKey.get(item.categoryKey)!.push(item);
  }
  return order.map((key) => {
    const own = byKey.get(key)!;
    const { passed, applicable } = tally(own);
    return { key, name: own[0]!.categoryName, passed, applicable, level: levelOf(passed, applicable, policy) };
  });
}

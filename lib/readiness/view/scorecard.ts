// Screen words and lists for readiness: state and level labels, the palette's one-line summary, and the scorecard's
// "Re-review due" and "Blocked" lists.
import type { ServiceReadiness } from "../state";
import type { ReadinessLevel, ReadinessState } from "../types";

export const STATE_LABELS: Record<ReadinessState, string> = {
  not_reviewed: "Not reviewed",
  in_review: "In review",
  blocked: "Blocked",
  ready: "Ready",
  expired: "Re-review due",
};

export const LEVEL_LABELS: Record<ReadinessLevel, string> = { none: "No level", bronze: "Bronze", silver: "Silver", gold: "Gold" };

/** One line for the palette: "Ready · Gold · 12/12 passed", "Blocked · 2 blockers", "Not reviewed". */
export function readinessWords(r: Pick<ServiceReadiness, "state" | "level" | "passed" | "applicable" | "blockers">): string {
  if (r.state === "not_reviewed") return "Not reviewed";
  const parts = [STATE_LABELS[r.state], LEVEL_LABELS[r.level], `${r.passed}/${r.applicable} passed`];
  if (r.state === "blocked" || r.state === "in_review") parts.push(`${r.blockers.length} blocker${r.blockers.length === 1 ? "" : "s"}`);
  return parts.join(" · ");
}

/** Days before its due date from which an approved review shows on the re-review list. */
export const RE_REVIEW_NOTICE_DAYS = 30;

type Row = { service: { slug: string; name: string }; readiness: ServiceReadiness };

/**
 * Approved reviews past or within 30 days of their re-review date (soonest first), and blocked reviews with what
 * blocks them (most blockers first).
 */
export function attentionLists<R extends Row>(rows: readonly R[], nowMs: number): { reReviewDue: R[]; blocked: R[] } {
  const notice = nowMs + RE_REVIEW_NOTICE_DAYS * 86_400_000;
  const reReviewDue = rows
    .filter((r) => r.readiness.reviewDueAt !== null && r.readiness.reviewDueAt.getTime() <= notice)
    .sort((a, b) => a.readiness.reviewDueAt!.getTime() - b.readiness.reviewDueAt!.getTime() || a.service.name.localeCompare(b.service.name));
  const blocked = rows.filter((r) => r.readiness.state === "blocked").sort((a, b) => b.readiness.blockers.length - a.readiness.blockers.length || a.service.name.localeCompare(b.service.name));
  return { reReviewDue, blocked };
}

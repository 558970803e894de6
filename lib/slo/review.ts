// SLO governance: when a review is due, and what a review decision may change.
import { z } from "zod";

const MS_PER_DAY = 86_400_000;

export function reviewDueAt(lastReviewedAtMs: number | null, createdAtMs: number, cadenceDays: number): number {
  return (lastReviewedAtMs ?? createdAtMs) + cadenceDays * MS_PER_DAY;
}

export function isReviewDue(lastReviewedAtMs: number | null, createdAtMs: number, cadenceDays: number, nowMs: number): boolean {
  return reviewDueAt(lastReviewedAtMs, createdAtMs, cadenceDays) <= nowMs;
}

/** A review keeps the target, or raises or lowers it; the new target must move the way the decision says. */
export function reviewSchema(currentTarget: number) {
  return z
    .object({
      decision: z.enum(["keep", "raise", "lower"], { error: "choose keep, raise or lower" }),
      newTargetPercent: z.string().trim().optional(),
      note: z.string().trim().max(4000, "must be at most 4000 characters").default(""),
    })
    .transform((review, ctx) => {
      if (review.decision === "keep") return { decision: review.decision, newTarget: currentTarget, note: review.note };
      const percent = Number(review.newTargetPercent);
      if (!review.newTargetPercent || !Number.isFinite(percent) || percent <= 0 || percent >= 100) {
        ctx.addIssue({ code: "custom", path: ["newTargetPercent"], message: "give the new target, between 0% and 100%" });
        return z.NEVER;
      }
      const newTarget = Number((percent / 100).toFixed(12));
      if (review.decision === "raise" && newTarget <= currentTarget) {
        ctx.addIssue({ code: "custom", path: ["newTargetPercent"], message: `must be above the current ${Number((currentTarget * 100).toFixed(4))}% to raise it` });
        return z.NEVER;
      }
      if (review.decision === "lower" && newTarget >= currentTarget) {
        ctx.addIssue({ code: "custom", path: ["newTargetPercent"], message: `must be below the current ${Number((currentTarget * 100).toFixed(4))}% to lower it` });
        return z.NEVER;
      }
      if (!review.note) {
        ctx.addIssue({ code: "custom", path: ["note"], message: "say why the target changes" });
        return z.NEVER;
      }
      return { decision: review.decision, newTarget, note: review.note };
    });
}

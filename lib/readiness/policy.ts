// The readiness policy: when an approved review needs a re-review, the default parameters of the automatic checks,
// and the share of applicable items passed each level needs. Admins edit it; these defaults are Keel's own choices.
import { z } from "zod";

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

const percent = (label: string) => z.number({ error: `${label} must be a number` }).gt(0, `${label} must be greater than 0`).max(100, `${label} must be at most 100`);

export const readinessPolicySchema = z
  .object({
    // An approved review makes its service "ready" for this many calendar months; then a re-review is due ("expired").
    reReviewMonths: whole("reReviewMonths", 1, 60),
    // The on-call check: the owning team's schedules must cover every instant of the next this-many days.
    oncallCoverageDays: whole("oncallCoverageDays", 1, 90),
    // The drill check: a drill of the service run within this many calendar months (items may name their own).
    drillWithinMonths: whole("drillWithinMonths", 1, 36),
    // Levels by share of applicable items passed, in percent: Bronze from bronzePercent, Silver from silverPercent;
    // Gold needs every applicable item passed.
    bronzePercent: percent("bronzePercent"),
    silverPercent: percent("silverPercent"),
  })
  .refine((p) => p.silverPercent > p.bronzePercent, { message: "silverPercent must be above bronzePercent", path: ["silverPercent"] })
  .refine((p) => p.silverPercent < 100, { message: "silverPercent must be below 100 (Gold is 100%)", path: ["silverPercent"] });
export type ReadinessPolicy = z.infer<typeof readinessPolicySchema>;

/** Keel's own defaults: re-review yearly, two weeks of on-call ahead, a drill in the last half year; Bronze ≥ 50%, Silver ≥ 75%, Gold = 100%. */
export const DEFAULT_READINESS_POLICY: ReadinessPolicy = {
  reReviewMonths: 12,
  oncallCoverageDays: 14,
  drillWithinMonths: 6,
  bronzePercent: 50,
  silverPercent: 75,
};

/** A stored policy from before a rule existed takes Keel's default for that rule; a stored value that no longer validates falls back to the defaults. */
export function completeReadinessPolicy(stored: Partial<ReadinessPolicy> | undefined): ReadinessPolicy {
  if (!stored) return DEFAULT_READINESS_POLICY;
  const parsed = readinessPolicySchema.safeParse({ ...DEFAULT_READINESS_POLICY, ...stored });
  return parsed.success ? parsed.data : DEFAULT_READINESS_POLICY;
}

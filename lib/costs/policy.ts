// The cost policy: budget warning thresholds, the anomaly rule and the forecast horizon. Admins edit it in the settings;
// these defaults are Keel's own (the seed gives no figures): warn at 80% of a budget, "over" from 100%; a month is an
// anomaly beyond 3σ of the 6 months before it, or more than 50% above their mean; forecast 3 months ahead.
import { z } from "zod";

const fraction = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .gt(0, `${label} must be greater than 0`)
    .max(max, `${label} must be at most ${max}`);

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

export const costPolicySchema = z
  .object({
    // Share of the monthly budget (0.8 = 80%) from which a team's month is "warning".
    budgetWarnAt: fraction("budgetWarnAt", 10),
    // Share of the monthly budget from which it is "over" (1 = the whole budget spent).
    budgetOverAt: fraction("budgetOverAt", 10),
    // A month is an anomaly when its cost is more than this many standard deviations from the trailing months' mean…
    anomalySigma: fraction("anomalySigma", 10),
    // …over this many trailing months (also the history a month needs before it is judged)…
    anomalyTrailingMonths: whole("anomalyTrailingMonths", 2, 24),
    // …or more than this share above their mean (0.5 = 50%).
    anomalyAboveMean: fraction("anomalyAboveMean", 10),
    // How many months ahead the forecast reaches.
    forecastMonths: whole("forecastMonths", 1, 12),
  })
  .strict()
  .refine((p) => p.budgetOverAt > p.budgetWarnAt, { message: "budgetOverAt must be above budgetWarnAt", path: ["budgetOverAt"] });
export type CostPolicy = z.infer<typeof costPolicySchema>;

/** Keel's defaults. */
export const DEFAULT_COST_POLICY: CostPolicy = {
  budgetWarnAt: 0.8,
  budgetOverAt: 1,
  anomalySigma: 3,
  anomalyTrailingMonths: 6,
  anomalyAboveMean: 0.5,
  forecastMonths: 3,
};

/** A stored policy from before a rule existed takes Keel's default for it; a stored value that no longer validates falls back to the defaults. */
export function completeCostPolicy(stored: Partial<CostPolicy> | undefined | null): CostPolicy {
  if (!stored || typeof stored !== "object") return DEFAULT_COST_POLICY;
  const parsed = costPolicySchema.safeParse({ ...DEFAULT_COST_POLICY, ...stored });
  return parsed.success ? parsed.data : DEFAULT_COST_POLICY;
}

// The admin form for the organisation's error budget policy and tier default targets, in percentages.
import { z } from "zod";
import { MAX_WARM_UP_HOURS, type BudgetPolicy } from "./policy";

const optionalPercent = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((raw, ctx) => {
      if (raw === "") return null;
      const value = Number(raw);
      if (!Number.isFinite(value) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be between ${min}% and ${max}%, or empty to turn the rule off` });
        return z.NEVER;
      }
      return Number((value / 100).toFixed(12));
    });

export const policyFormSchema = z
  .object({
    warnBelowPercent: optionalPercent("Warn threshold", 0, 100),
    freezeAtOrBelowPercent: optionalPercent("Freeze threshold", -1000, 100),
    earlyBurnPercent: optionalPercent("Early-burn share", 1, 1000),
    earlyBurnDays: z.string().trim(),
    freezeOnPage: z.enum(["on", "off"]),
    warmUpHours: z
      .string()
      .trim()
      .transform((raw, ctx) => {
        const hours = raw === "" ? 0 : Number(raw);
        if (!Number.isInteger(hours) || hours < 0 || hours > MAX_WARM_UP_HOURS) {
          ctx.addIssue({ code: "custom", message: `Warm-up must be whole hours between 0 and ${MAX_WARM_UP_HOURS}` });
          return z.NEVER;
        }
        return hours;
      }),
  })
  .transform((form, ctx): BudgetPolicy => {
    let earlyBurn: BudgetPolicy["earlyBurn"] = null;
    if (form.earlyBurnPercent !== null) {
      const days = Number(form.earlyBurnDays);
      if (!Number.isInteger(days) || days < 1 || days > 92) {
        ctx.addIssue({ code: "custom", path: ["earlyBurnDays"], message: "give whole days between 1 and 92" });
        return z.NEVER;
      }
      earlyBurn = { consumedAbove: form.earlyBurnPercent, withinDays: days };
    }
    return { warnBelowRemaining: form.warnBelowPercent, freezeAtOrBelowRemaining: form.freezeAtOrBelowPercent, earlyBurn, freezeOnPage: form.freezeOnPage === "on", warmUpHours: form.warmUpHours };
  });

const tierPercent = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    const value = Number(raw);
    if (raw === "" || !Number.isFinite(value) || value <= 0 || value >= 100) {
      ctx.addIssue({ code: "custom", message: "must be between 0% and 100%" });
      return z.NEVER;
    }
    return Number((value / 100).toFixed(12));
  });

export const tierTargetsFormSchema = z.object({ tier1: tierPercent, tier2: tierPercent, tier3: tierPercent }).transform((t) => ({ 1: t.tier1, 2: t.tier2, 3: t.tier3 }) as Record<1 | 2 | 3, number>);

export const toPercentText = (fraction: number | null) => (fraction === null ? "" : String(Number((fraction * 100).toFixed(6))));

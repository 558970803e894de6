// What a team budget change carries: a monthly amount as a decimal string or a number (read exactly into nano-units)
// and an ISO 4217 currency. A zod schema for the form and the API alike; 400s name the field.
import { z } from "zod";
import { parseNanos } from "./money";
import { NANOS_PER_UNIT } from "./types";

/** A billion currency units a month is far beyond any observability budget and keeps sums inside 64-bit integers. */
const MAX_BUDGET = 1_000_000_000n * NANOS_PER_UNIT;

export const budgetAmountSchema = z
  .union([z.string(), z.number()], { error: "amount must be a decimal number" })
  .transform((value, ctx) => {
    const nanos = typeof value === "number" ? (Number.isFinite(value) ? parseNanos(String(value)) : null) : parseNanos(value);
    if (nanos === null) {
      ctx.addIssue({ code: "custom", message: "amount must be a decimal number" });
      return z.NEVER;
    }
    if (nanos < 0n) {
      ctx.addIssue({ code: "custom", message: "amount must not be negative" });
      return z.NEVER;
    }
    if (nanos > MAX_BUDGET) {
      ctx.addIssue({ code: "custom", message: "amount must be at most 1000000000" });
      return z.NEVER;
    }
    return nanos;
  });

export const currencySchema = z
  .string({ error: "currency must be a three-letter code" })
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, "currency must be a three-letter ISO 4217 code such as USD"));

export const budgetInputSchema = z
  .object({
    amount: budgetAmountSchema,
    // Keel's default currency when none is named.
    currency: currencySchema.default("USD"),
  })
  .strict();
export type BudgetInput = z.output<typeof budgetInputSchema>;

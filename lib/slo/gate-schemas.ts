// Bodies of the deployment, gate-exception and policy endpoints.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { policyOverrideSchema } from "./schemas";

const instant = z.union([z.string(), z.number()], { error: "must be an ISO-8601 time or Unix epoch seconds" });

export const deploymentInputSchema = z.object({
  service: slugSchema,
  version: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
  at: instant.optional(),
  description: z.string().trim().max(2000, "must be at most 2000 characters").optional().default(""),
});

export const gateExceptionInputSchema = z.object({
  service: slugSchema,
  reason: z.string({ error: "is required" }).trim().min(3, "say why, in a few words").max(1000, "must be at most 1000 characters"),
  expiresAt: instant,
});

export const budgetPolicySchema = policyOverrideSchema.required({ warnBelowRemaining: true, freezeAtOrBelowRemaining: true, earlyBurn: true, freezeOnPage: true }).transform((p) => ({
  warnBelowRemaining: p.warnBelowRemaining ?? null,
  freezeAtOrBelowRemaining: p.freezeAtOrBelowRemaining ?? null,
  earlyBurn: p.earlyBurn ?? null,
  freezeOnPage: p.freezeOnPage ?? true,
}));

/** Longest exception an admin can grant: a week, so a freeze cannot be switched off for good by accident. */
export const MAX_EXCEPTION_MS = 7 * 86_400_000;

/** The admin's exception form: why, and for how many hours (at most the 7-day maximum). */
export const gateExceptionFormSchema = z.object({
  reason: z.string({ error: "is required" }).trim().min(3, "say why, in a few words").max(1000, "must be at most 1000 characters"),
  hours: z.coerce.number({ error: "give a number of hours" }).int("give whole hours").min(1, "at least 1 hour").max(MAX_EXCEPTION_MS / 3_600_000, "at most 168 hours (7 days)"),
});

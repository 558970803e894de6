// Validation of teams and services, shared by the API route handlers and the server actions.
import { z } from "zod";

export const slugSchema = z
  .string({ error: "is required" })
  .trim()
  .min(2, "must be at least 2 characters")
  .max(63, "must be at most 63 characters")
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, "use lowercase letters, digits and hyphens, starting with a letter");

const nameSchema = z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters");

const optionalUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })])
  .nullish()
  .transform((value) => (value ? value : null));

export const teamInputSchema = z.object({
  slug: slugSchema,
  name: nameSchema,
  description: z.string().trim().max(2000, "must be at most 2000 characters").optional().default(""),
});

export const tierSchema = z.coerce
  .number({ error: "must be 1, 2 or 3" })
  .int("must be 1, 2 or 3")
  .refine((tier): tier is 1 | 2 | 3 => tier === 1 || tier === 2 || tier === 3, "must be 1, 2 or 3");

export const serviceInputSchema = z.object({
  slug: slugSchema,
  name: nameSchema,
  team: slugSchema,
  tier: tierSchema,
  description: z.string().trim().max(4000, "must be at most 4000 characters").optional().default(""),
  repoUrl: optionalUrl,
  dashboardUrl: optionalUrl,
  runbookUrl: optionalUrl,
});

export const serviceUpdateSchema = serviceInputSchema.omit({ slug: true }).partial();

export type TeamInput = z.infer<typeof teamInputSchema>;
export type ServiceInputBody = z.infer<typeof serviceInputSchema>;

export const TIER_LABELS: Record<1 | 2 | 3, string> = {
  1: "Tier 1 — critical",
  2: "Tier 2 — important",
  3: "Tier 3 — supporting",
};

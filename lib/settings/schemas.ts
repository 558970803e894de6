// Validation of users, team membership and API tokens, shared by server actions and the CLI.
import { z } from "zod";
import { ROLES, TOKEN_SCOPES } from "@/lib/access/types";
import { slugSchema } from "@/lib/catalog/schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/access/password-policy";

export const emailSchema = z.string({ error: "is required" }).trim().toLowerCase().pipe(z.email({ error: "must be an email address" }));

export const passwordSchema = z
  .string({ error: "is required" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "must be at most 200 characters");

export const roleSchema = z.enum(ROLES, { error: "must be viewer, editor or admin" });

export const userCreateSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  role: roleSchema,
  password: passwordSchema,
});

export const scopesSchema = z
  .array(z.enum(TOKEN_SCOPES, { error: "must be read, ingest, write or admin" }))
  .min(1, "pick at least one scope")
  .transform((scopes) => [...new Set(scopes)]);

export const tokenCreateSchema = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(80, "must be at most 80 characters"),
  scopes: scopesSchema,
  // Team slugs the token is limited to; null (or left out) reaches every team, which only an admin may create.
  teams: z
    .array(slugSchema)
    .max(100, "at most 100 teams")
    .nullish()
    .transform((teams) => (teams?.length ? [...new Set(teams)] : null)),
});

export type TokenCreateInput = z.infer<typeof tokenCreateSchema>;

/** "read,ingest" → ["read","ingest"] for the CLI (also team lists: "payments,core-banking"). */
export function parseScopeList(raw: string): string[] {
  return raw
    .split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
}

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "is required" }).min(1, "give your current password"),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "is required" }),
  })
  .refine((form) => form.newPassword === form.confirmPassword, { path: ["confirmPassword"], message: "does not match the new password" });

export const passwordResetSchema = z.object({ password: passwordSchema });

// What a change function refuses with; adapters turn these into HTTP statuses, form errors or CLI exit codes.
import type { Caller, OwningTeam } from "@/lib/access/caller";
import { adminChangeRefusal, teamChangeRefusal } from "@/lib/access/caller";
import type { TokenScope } from "@/lib/access/types";
import type { z } from "zod";
import { formatIssuePath } from "@/lib/zod-path";

export type ChangeErrorCode = "forbidden" | "not_found" | "invalid" | "conflict" | "too_large";

export class ChangeError extends Error {
  constructor(
    readonly code: ChangeErrorCode,
    message: string,
    // The input field the error is about (`service`, `points[3].slo`), when there is one.
    readonly field?: string,
    // Every bad field with its messages, when the input was checked against a schema here.
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ChangeError";
  }
}

export const refused = (message: string) => new ChangeError("forbidden", message);
export const notFound = (message: string) => new ChangeError("not_found", message);
export const invalid = (message: string, field?: string) => new ChangeError("invalid", message, field);

/** A zod failure as a ChangeError: the first issue leads (`points[3].good: …`), every field keeps its messages. */
export function invalidInput(error: z.ZodError): ChangeError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[formatIssuePath(issue.path) || "form"] ??= []).push(issue.message);
  const first = error.issues[0]!;
  const field = formatIssuePath(first.path);
  return new ChangeError("invalid", field ? `${field}: ${first.message}` : first.message, field || undefined, fieldErrors);
}

/** Throws 403-worthy unless the caller may change `thing` of `team`. */
export function assertTeamChange(caller: Caller, team: OwningTeam, thing: string, scope: TokenScope = "write"): void {
  const refusal = teamChangeRefusal(caller, team, thing, scope);
  if (refusal) throw refused(refusal);
}

/** Throws 403-worthy unless the caller may make organisation-wide changes. */
export function assertAdmin(caller: Caller): void {
  const refusal = adminChangeRefusal(caller);
  if (refusal) throw refused(refusal);
}

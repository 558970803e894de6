// The one builder for server actions: caller from the session, FormData through zod, one change function, errors as form state.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { ConflictError } from "@/db/queries/errors";
import type { Caller } from "@/lib/access/caller";
import type { Role } from "@/lib/access/types";
import { authorize, callerOf, type SessionUser } from "@/lib/auth/session";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { ChangeError } from "@/lib/server/errors";

/** What a successful action tells the page: a message, data shown once, paths to refresh, where to go next. */
export type ActionOutcome = { message?: string; data?: Record<string, string>; revalidate?: string[]; redirectTo?: string };

type Context<I, Args extends unknown[]> = { caller: Caller; user: SessionUser; input: I; args: Args };

type Config<S extends z.ZodType, Args extends unknown[]> = {
  /** The least role that may try; team rules are the change function's. */
  role: Role;
  schema: S;
  /** What the schema parses; the form's text fields by default. */
  input?: (formData: FormData, ...args: Args) => unknown;
  /** Renames a schema path to the form field that shows its error (`window.days` → `windowDays`). */
  field?: (path: string, message: string) => { field: string; message: string };
  /** Said when something unexpected fails. */
  failure: string;
  run: (context: Context<z.infer<S>, Args>) => Promise<ActionOutcome>;
};

function stateOfError(error: unknown, failure: string, values: Record<string, string> | undefined, rename: Config<z.ZodType, unknown[]>["field"]): FormState {
  const named = (field: string, message: string) => (rename ? rename(field, message) : { field, message });
  if (error instanceof ChangeError) {
    if (error.fieldErrors) return { ok: false, message: "Check the highlighted fields.", fieldErrors: renameAll(error.fieldErrors, named), values };
    if (error.field) {
      // The message shows beside its field; the form's own line only points there (no API field paths for people).
      const { field, message } = named(error.field, error.message.replace(`${error.field}: `, ""));
      return { ok: false, message: "Check the highlighted fields.", fieldErrors: { [field]: [message] }, values };
    }
    return { ok: false, message: error.message, values };
  }
  if (error instanceof ConflictError) return { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] }, values };
  console.error("server action failed", error);
  return { ok: false, message: failure, values };
}

function renameAll(errors: Record<string, string[]>, named: (field: string, message: string) => { field: string; message: string }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    for (const raw of messages) {
      const { field, message } = named(path, raw);
      (out[field] ??= []).push(message);
    }
  }
  return out;
}

/** Refreshes and redirects after the work, outside any try: Next signals a redirect by throwing. */
function finish(outcome: ActionOutcome): FormState {
  // A route pattern ("/drills/[id]") refreshes every page of that route.
  for (const path of outcome.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return { ok: true, message: outcome.message, data: outcome.data };
}

/**
 * A `useActionState` form action `(…boundArgs, previousState, formData) → FormState`. Exported server
 * actions are public POST endpoints: the session and role are checked here on every call, and the change
 * function checks the team of what it touches.
 */
export function formAction<S extends z.ZodType, Args extends unknown[] = []>(config: Config<S, Args>) {
  return async (...params: [...Args, FormState, FormData]): Promise<FormState> => {
    const formData = params[params.length - 1] as FormData;
    const args = params.slice(0, -2) as unknown as Args;
    const values = formValues(formData);
    const auth = await authorize(config.role);
    if (!auth.ok) return { ok: false, message: auth.message, values };
    const parsed = config.schema.safeParse(config.input ? config.input(formData, ...args) : values);
    if (!parsed.success) {
      const state = stateOfError(new ChangeError("invalid", "", undefined, fieldErrorsOf(parsed.error)), config.failure, values, config.field as Config<z.ZodType, unknown[]>["field"]);
      return state;
    }
    let outcome: ActionOutcome;
    try {
      outcome = await config.run({ caller: callerOf(auth.user), user: auth.user, input: parsed.data, args });
    } catch (error) {
      return stateOfError(error, config.failure, values, config.field as Config<z.ZodType, unknown[]>["field"]);
    }
    return finish(outcome);
  };
}

/** An action without a form (a button: delete, revoke, deactivate), with the same checks and error handling. */
export function buttonAction<Args extends unknown[]>(config: { role: Role; failure: string; run: (context: Omit<Context<undefined, Args>, "input">) => Promise<ActionOutcome> }) {
  return async (...args: Args): Promise<FormState> => {
    const auth = await authorize(config.role);
    if (!auth.ok) return { ok: false, message: auth.message };
    let outcome: ActionOutcome;
    try {
      outcome = await config.run({ caller: callerOf(auth.user), user: auth.user, args });
    } catch (error) {
      return stateOfError(error, config.failure, undefined, undefined);
    }
    return finish(outcome);
  };
}

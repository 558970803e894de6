// Builds a route handler from its operation: the caller with the operation's scope, query and body parsed with its schemas, errors in the API's error envelope.
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Caller } from "@/lib/access/caller";
import { ConflictError } from "@/db/queries/errors";
import { ChangeError } from "@/lib/server/errors";
import { parseJsonBody, parseWith, readJsonBody } from "./body";
import { ApiError, errorResponse } from "./errors";
import type { Operation } from "./operation";
import { requireScope } from "./principal";

type Params = Record<string, string>;
type Context = { params: Promise<Params> } | undefined;

export type RouteInput<B extends z.ZodType | undefined, Q extends z.ZodObject | undefined> = {
  request: Request;
  caller: Caller;
  body: B extends z.ZodType ? z.infer<B> : undefined;
  query: Q extends z.ZodObject ? z.infer<Q> : undefined;
  params: Params;
  /** The JSON body of operations whose change function validates it (`jsonBody`). */
  json: unknown;
};

export type RouteHandler = ((request: Request, context: Context) => Promise<Response>) & { operation: Operation };

const STATUS_OF: Record<ChangeError["code"], ApiError["code"]> = { forbidden: "forbidden", not_found: "not_found", invalid: "bad_request", conflict: "conflict", too_large: "payload_too_large" };

export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof ChangeError) return new ApiError(STATUS_OF[error.code], error.message, error.field);
  if (error instanceof ConflictError) return new ApiError("conflict", error.message, error.field);
  return null;
}

export function apiRoute<B extends z.ZodType | undefined, Q extends z.ZodObject | undefined>(
  operation: Operation<B, Q>,
  handler: (input: RouteInput<B, Q>) => Promise<Response>,
): RouteHandler {
  const route = async (request: Request, context: Context) => {
    try {
      if (operation.scope === null) throw new Error(`${operation.path} is public; it needs no apiRoute`);
      const caller = await requireScope(request, operation.scope);
      // An empty parameter (`?team=`) means the same as a missing one, as HTML forms send them.
      const given = [...new URL(request.url).searchParams].filter(([, value]) => value !== "");
      const query = operation.query ? parseWith(operation.query, Object.fromEntries(given)) : undefined;
      const body = operation.body ? await parseJsonBody(request, operation.body) : undefined;
      const json = operation.jsonBody ? await readJsonBody(request, operation.jsonBody.limitBytes) : undefined;
      const params = context ? await context.params : {};
      return await handler({ request, caller, body, query, params, json } as RouteInput<B, Q>);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError) return errorResponse(apiError);
      console.error(`api: ${request.method} ${new URL(request.url).pathname} failed`, error);
      return NextResponse.json({ error: { code: "internal", message: "Internal error; see the server log" } }, { status: 500 });
    }
  };
  return Object.assign(route, { operation: operation as Operation });
}

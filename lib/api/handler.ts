// Wraps a route handler: ApiErrors become their JSON error response; anything else is logged and becomes a 500.
import { NextResponse } from "next/server";
import { ConflictError } from "@/db/queries/errors";
import { ApiError, errorResponse } from "./errors";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (error instanceof ConflictError) return errorResponse(new ApiError("conflict", error.message, error.field));
      console.error(`api: ${request.method} ${new URL(request.url).pathname} failed`, error);
      return NextResponse.json({ error: { code: "internal", message: "Internal error; see the server log" } }, { status: 500 });
    }
  };
}

// The API's error shape: {"error": {"code", "message", "field"?}} with the status codes the API reference lists.
import { NextResponse } from "next/server";

export type ApiErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function errorResponse(error: ApiError): NextResponse {
  const body: { code: ApiErrorCode; message: string; field?: string } = { code: error.code, message: error.message };
  if (error.field) body.field = error.field;
  return NextResponse.json({ error: body }, { status: error.status });
}

export const badRequest = (message: string, field?: string) => new ApiError("bad_request", message, field);
export const notFound = (message: string) => new ApiError("not_found", message);

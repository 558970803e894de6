// An API operation declared once: method, path, scope and the zod schemas its handler parses with; the OpenAPI document is generated from these.
import type { z } from "zod";
import type { TokenScope } from "@/lib/access/types";

type Json = Record<string, unknown>;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type Operation<B extends z.ZodType | undefined = z.ZodType | undefined, Q extends z.ZodObject | undefined = z.ZodObject | undefined> = {
  method: HttpMethod;
  /** OpenAPI path: /api/v1/slos/{slug}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** The scope a token (or a session's role) needs; null for public endpoints. */
  scope: TokenScope | null;
  /** The JSON body, parsed with this schema before the handler runs. */
  body?: B;
  /**
   * A JSON body read (up to limitBytes) but validated by the change function with a faster equivalent of
   * `schema`, which documents it; the handler gets the parsed JSON as `json`.
   */
  jsonBody?: { schema: z.ZodType; limitBytes: number };
  /** A body that is not JSON (YAML, CSV): documented by media type, read by the handler itself. */
  rawBody?: { mediaType: string; description: string };
  /** Query parameters, parsed with this object schema before the handler runs. */
  query?: Q;
  /** Status code → description and (optionally) a JSON schema or a $ref name in components. */
  responses: Record<string, { description: string; schema?: Json | string; mediaType?: string }>;
};

export function defineOperation<B extends z.ZodType | undefined = undefined, Q extends z.ZodObject | undefined = undefined>(operation: Operation<B, Q>): Operation<B, Q> {
  return operation;
}

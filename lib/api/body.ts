// Reading request bodies: a byte cap enforced while streaming, JSON parsing, zod validation with field paths.
import type { z } from "zod";
import { ApiError, badRequest } from "./errors";
import { formatIssuePath } from "@/lib/zod-path";

export const MiB = 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 1 * MiB;

/** The body as text, or 413 as soon as it passes `limitBytes` (without reading the rest). */
export async function readBodyText(request: Request, limitBytes = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limitBytes: number): ApiError {
  return new ApiError("payload_too_large", `Request body is larger than ${Math.round(limitBytes / MiB)} MiB`);
}

export async function readJsonBody(request: Request, limitBytes = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const text = await readBodyText(request, limitBytes);
  if (!text.trim()) throw badRequest("Request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Request body is not valid JSON");
  }
}

/** Validates with zod; the first issue becomes a 400 naming its field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = formatIssuePath(issue.path);
  throw badRequest(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, limitBytes = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  return parseWith(schema, await readJsonBody(request, limitBytes));
}

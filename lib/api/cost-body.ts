// A cost file's request body as a stream of chunks with a byte cap: 413 as soon as it passes the cap (or when the declared
// length already does), without reading the rest, and the body never held whole.
import { MiB } from "./body";
import { ApiError } from "./errors";

export const COST_IMPORT_LIMIT = 100 * MiB;

function tooLarge(limitBytes: number): ApiError {
  return new ApiError("payload_too_large", `Request body is larger than ${Math.round(limitBytes / MiB)} MiB`);
}

/** Throws 413 when the declared Content-Length passes the cap. */
export function assertDeclaredSize(request: Request, limitBytes = COST_IMPORT_LIMIT): void {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
}

/** The body's chunks as they arrive; throws 413 (and cancels the upload) once more than `limitBytes` came. */
export async function* limitedChunks(request: Request, limitBytes = COST_IMPORT_LIMIT): AsyncGenerator<Uint8Array> {
  assertDeclaredSize(request, limitBytes);
  if (!request.body) return;
  const reader = request.body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > limitBytes) throw tooLarge(limitBytes);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

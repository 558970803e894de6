// Instants in query strings and bodies: ISO-8601 (with a zone) or Unix epoch seconds, as the API accepts them.
import { z } from "zod";
import { badRequest } from "./errors";
import { INSTANT_MESSAGE, instantMs } from "@/lib/instant";

/** A query parameter holding an instant, as epoch ms. */
export const instantQuery = z
  .string()
  .describe("ISO-8601 time with a zone, or Unix epoch seconds")
  .transform((raw, ctx) => {
    const ms = instantMs(raw);
    if (ms === null) {
      ctx.addIssue({ code: "custom", message: INSTANT_MESSAGE });
      return z.NEVER;
    }
    return ms;
  });

export function parseInstant(raw: unknown, field: string): number {
  const ms = instantMs(raw);
  if (ms === null) throw badRequest(`${field}: ${INSTANT_MESSAGE}`, field);
  return ms;
}

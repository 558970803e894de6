// Instants as people and clients send them: ISO-8601 (with a zone) or Unix epoch seconds; pure, for every layer.
import { z } from "zod";

/** Epoch ms of an ISO-8601 time with a zone or of Unix epoch seconds; null when it is neither. */
export function instantMs(raw: unknown): number | null {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw * 1000;
  if (typeof raw === "string" && raw.trim() !== "") {
    const value = raw.trim();
    if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
    if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return ms;
    }
  }
  return null;
}

export const INSTANT_MESSAGE = "must be an ISO-8601 time with a zone (2026-11-01T10:05:00Z) or Unix epoch seconds";

/** A body field holding an instant, as epoch ms. */
export const instantInput = z.union([z.string(), z.number()], { error: INSTANT_MESSAGE }).transform((raw, ctx) => {
  const ms = instantMs(raw);
  if (ms === null) {
    ctx.addIssue({ code: "custom", message: INSTANT_MESSAGE });
    return z.NEVER;
  }
  return ms;
});

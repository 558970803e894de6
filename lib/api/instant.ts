// Instants in query strings and bodies: ISO-8601 (with a zone) or Unix epoch seconds, per API.md.
import { badRequest } from "./errors";

export function parseInstant(raw: unknown, field: string): number {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw * 1000;
  if (typeof raw === "string" && raw.trim() !== "") {
    const value = raw.trim();
    if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
    if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return ms;
    }
  }
  throw badRequest(`${field}: must be an ISO-8601 time with a zone (2026-11-01T10:05:00Z) or Unix epoch seconds`, field);
}

/** `?at=` or now. */
export function instantParam(url: URL, name = "at"): number {
  const raw = url.searchParams.get(name);
  return raw === null ? Date.now() : parseInstant(raw, name);
}

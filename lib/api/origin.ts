// Cross-site request forgery guard for API writes authenticated by the browser session cookie.
import { proxyTrusted } from "@/lib/auth/rate-limit";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request comes from another site: the browser says so in Sec-Fetch-Site,
 * or its Origin names another host than the one it was sent to. Requests without either header
 * (API clients, curl) are not browser cross-site requests; they need a bearer token anyway unless
 * they carry the session cookie, which browsers only attach alongside these headers.
 */
export function isCrossSiteWrite(request: Request, trustProxy = proxyTrusted()): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // X-Forwarded-Host names the public host only when an operator says a proxy in front sets it.
  const forwarded = trustProxy ? request.headers.get("x-forwarded-host") : null;
  const host = forwarded ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage: an opaque origin is never this site
  }
}

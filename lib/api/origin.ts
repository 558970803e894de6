// Cross-site request forgery guard for API writes authenticated by the browser session cookie.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request comes from another site: the browser says so in Sec-Fetch-Site,
 * or its Origin names another host than the one it was sent to. Requests without either header
 * (API clients, curl) are not browser cross-site requests; they need a bearer token anyway unless
 * they carry the session cookie, which browsers only attach alongside these headers.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage: an opaque origin is never this site
  }
}

// Where a browser may be sent after signing in or out: only paths on Keel's own origin, decided by the URL parser.

/** Stands in for Keel's origin when the caller does not know it: relative paths resolve the same against any origin. */
export const PLACEHOLDER_ORIGIN = "http://keel.invalid";

const FALLBACK = "/";

// Browsers drop tabs and newlines anywhere in a URL and treat "\" as "/", so "/\t/evil.example" becomes
// "//evil.example" only after we looked at it: refuse such characters rather than guess what a browser makes of them.
const RAW_DANGEROUS = /[\u0000-\u001f\u007f\\]/;
// Encoded control characters, slashes and backslashes in the path turn into the above when a proxy or a
// second decoding pass unescapes them.
const ENCODED_DANGEROUS = /%(?:[01][0-9a-f]|7f|2f|5c)/i;

/**
 * `candidate` as a path (with query and fragment) on `origin`, or "/" when it would leave that origin,
 * is not a well-formed URL, or carries characters browsers or proxies reinterpret.
 * Absolute URLs are accepted only when they are on `origin` itself.
 */
export function sameOriginPath(candidate: string | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string {
  if (!candidate) return FALLBACK;
  if (RAW_DANGEROUS.test(candidate)) return FALLBACK;
  const pathPart = candidate.split(/[?#]/, 1)[0]!;
  if (ENCODED_DANGEROUS.test(pathPart)) return FALLBACK;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(candidate, base);
  } catch {
    return FALLBACK;
  }
  if (url.origin === "null" || url.origin !== base.origin) return FALLBACK;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return FALLBACK;
  return url.pathname + url.search + url.hash;
}

/** Where to go after signing in: a same-origin path, but never back to the login page or next-auth's own routes. */
export function safeCallbackPath(candidate: string | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string {
  const path = sameOriginPath(candidate, origin);
  const pathname = path.split(/[?#]/, 1)[0]!;
  if (pathname === "/login" || pathname.startsWith("/login/") || pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return FALLBACK;
  return path;
}

// Where to send someone after sign-in: only same-origin paths, never "//host" or absolute URLs.
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw) return "/";
  let candidate = raw;
  try {
    // next-auth and browsers may hand us an absolute URL of our own origin.
    if (/^https?:\/\//i.test(candidate)) {
      const url = new URL(candidate);
      candidate = url.pathname + url.search + url.hash;
    }
  } catch {
    return "/";
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/login") || candidate.startsWith("/api/auth")) return "/";
  return candidate;
}

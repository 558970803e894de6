// Sign-in throttling policy: at most N failures per account and per client address in a sliding window.
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * The address bucket of every client when no trusted proxy names them. Next.js gives route handlers no socket
 * address: `next start` only copies it into X-Forwarded-For when the client sent none (`??=`), so that header
 * cannot tell a real address from one the client made up, and next-auth's `authorize(credentials, req)` sees
 * nothing else. All direct clients therefore share one bucket.
 */
export const DIRECT_CLIENT = "direct";

// Everyone shares the direct bucket, so one person's typos must not lock the rest out: it allows more
// failures, still few enough to slow password spraying across accounts.
export const SHARED_ADDRESS_FAILURE_LIMIT = 100;

/** KEEL_TRUST_PROXY=1 or true: Keel sits behind one reverse proxy that sets X-Forwarded-For (or X-Real-IP). */
export function proxyTrusted(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true)$/i.test(env.KEEL_TRUST_PROXY?.trim() ?? "");
}

export function loginThrottleKeys(email: string, ip: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

export function failureLimitOf(key: string): number {
  return key === `ip:${DIRECT_CLIENT}` ? SHARED_ADDRESS_FAILURE_LIMIT : LOGIN_FAILURE_LIMIT;
}

/** `limits` is one limit for every count, or one per count (see failureLimitOf). */
export function isThrottled(failureCounts: readonly number[], limits: number | readonly number[] = LOGIN_FAILURE_LIMIT): boolean {
  return failureCounts.some((count, i) => count >= (typeof limits === "number" ? limits : (limits[i] ?? LOGIN_FAILURE_LIMIT)));
}

export function throttledMessage(windowMs = LOGIN_FAILURE_WINDOW_MS): string {
  return `Too many failed sign-in attempts. Try again in ${Math.round(windowMs / 60000)} minutes.`;
}

/**
 * The address to throttle a sign-in by. Proxy headers are believed only with `trustProxy`, and then the last
 * X-Forwarded-For entry: the one our proxy appended. Earlier entries are whatever the client sent.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers, trustProxy: boolean): string {
  if (!trustProxy) return DIRECT_CLIENT;
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = get("x-forwarded-for")
    ?.split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || get("x-real-ip")?.trim() || DIRECT_CLIENT;
}

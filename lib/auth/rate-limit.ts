// Sign-in throttling policy: at most N failures per account and per client address in a sliding window.
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

export function loginThrottleKeys(email: string, ip: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

export function isThrottled(failureCounts: readonly number[], limit = LOGIN_FAILURE_LIMIT): boolean {
  return failureCounts.some((count) => count >= limit);
}

export function throttledMessage(windowMs = LOGIN_FAILURE_WINDOW_MS): string {
  return `Too many failed sign-in attempts. Try again in ${Math.round(windowMs / 60000)} minutes.`;
}

/** The client address from proxy headers, first hop only. */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string | null {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return get("x-real-ip")?.trim() || null;
}

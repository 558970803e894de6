// The rule that ends sessions: one started before the person's sessionsValidAfter (set when their password, role or activation changes) is void.

/** A JWT's start: the sign-in instant Keel stamps, else, for tokens from before the stamp existed, its issue time. */
export function sessionStartOf(token: { sessionStartedAt?: unknown; iat?: unknown }): number | undefined {
  if (typeof token.sessionStartedAt === "number" && Number.isFinite(token.sessionStartedAt)) return token.sessionStartedAt;
  if (typeof token.iat === "number" && Number.isFinite(token.iat)) return token.iat * 1000;
  return undefined;
}

/**
 * Whether a session that started at `startedAtMs` still stands. A session whose start is unknown stands only
 * while nothing has ended the person's sessions.
 */
export function isSessionCurrent(startedAtMs: number | null | undefined, sessionsValidAfter: Date | number | null | undefined): boolean {
  if (sessionsValidAfter === null || sessionsValidAfter === undefined) return true;
  const validAfterMs = typeof sessionsValidAfter === "number" ? sessionsValidAfter : sessionsValidAfter.getTime();
  if (typeof startedAtMs !== "number" || !Number.isFinite(startedAtMs)) return false;
  return startedAtMs >= validAfterMs;
}

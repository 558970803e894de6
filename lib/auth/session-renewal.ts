// Keeps the acting person signed in after their own password or role change, which ends all their sessions.
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "./options";
import { getAuthSecret } from "./secret";

// next-auth's names for the session cookie over HTTPS and over HTTP. Keel's tokens stay far below the
// 4 kB at which next-auth would split them into numbered chunks.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The session token `raw`, re-signed as started no earlier than `startedAtMs`, if it is valid and belongs to
 * `userId`; else null. Done on the server, inside the action that made the change: next-auth's client-side
 * `update()` would let any holder of a cookie ask for the same, including one whose session had just ended.
 */
export async function restartedSessionToken(raw: string, userId: number, startedAtMs: number, secret: string): Promise<string | null> {
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || token.sub !== String(userId)) return null;
  const sessionStartedAt = Math.max(startedAtMs, token.sessionStartedAt ?? 0);
  return encode({ token: { ...token, sessionStartedAt }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}

/**
 * Call after `updateUser` changed the signed-in person's own password or role, with the sessionsValidAfter it
 * set: this browser's session becomes one that began then, so it stands while all their others end.
 */
export async function keepOwnSession(userId: number, sessionsValidAfter: Date | null): Promise<void> {
  if (!sessionsValidAfter) return;
  const jar = await cookies();
  const cookie = SESSION_COOKIES.map((name) => jar.get(name)).find((found) => found !== undefined);
  if (!cookie) return;
  const renewed = await restartedSessionToken(cookie.value, userId, sessionsValidAfter.getTime(), getAuthSecret());
  if (!renewed) return;
  jar.set(cookie.name, renewed, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.name.startsWith("__Secure-"),
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}

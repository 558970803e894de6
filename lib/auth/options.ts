// next-auth configuration: email + password for everyone, company OIDC when KEEL_OIDC_* are set; JWT sessions.
import "server-only";
import type { NextAuthOptions, User as NextAuthUser } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { countLoginFailures, clearLoginFailures, recordLoginFailure } from "@/db/queries/login-failures";
import { createUser, findUserByEmail, findUserById, recordLogin } from "@/db/queries/users";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { ROLES, type Role } from "@/db/schema/auth";
import { verifyPassword } from "@/lib/access/password";
import { sameOriginPath } from "./callback-url";
import { clientIp, failureLimitOf, isThrottled, LOGIN_FAILURE_WINDOW_MS, loginThrottleKeys, proxyTrusted, throttledMessage } from "./rate-limit";
import { getAuthSecret } from "./secret";
import { isSessionCurrent, sessionStartOf } from "./session-validity";
import { decideSsoSignIn, parseAllowedDomains } from "./sso-policy";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The session's person is gone, deactivated, or changed password or role after it began. */
export class SessionEndedError extends Error {
  constructor() {
    super("This session has ended. Sign in again.");
    this.name = "SessionEndedError";
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

export const DEACTIVATED_MESSAGE = "This account is deactivated. Ask an admin to reactivate it.";

/** Checks an email and password, with throttling of failures per account and per address. */
export async function authorizeCredentials(
  raw: unknown,
  headers: Record<string, string | string[] | undefined> | Headers,
  nowMs = Date.now(),
  trustProxy = proxyTrusted(),
): Promise<NextAuthUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = loginThrottleKeys(email, clientIp(headers, trustProxy));
  const since = nowMs - LOGIN_FAILURE_WINDOW_MS;
  if (isThrottled(await countLoginFailures(keys, since), keys.map(failureLimitOf))) throw new Error(throttledMessage());

  const user = await findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await recordLoginFailure(keys, nowMs, since);
    return null;
  }
  if (!user.isActive) throw new Error(DEACTIVATED_MESSAGE);
  await clearLoginFailures(keys.filter((key) => key.startsWith("email:")));
  await recordLogin(user.id);
  return { id: String(user.id), email: user.email, name: user.name };
}

export function oidcConfigured(): boolean {
  return Boolean(process.env.KEEL_OIDC_ISSUER && process.env.KEEL_OIDC_CLIENT_ID && process.env.KEEL_OIDC_CLIENT_SECRET);
}

export function oidcDisplayName(): string {
  return process.env.KEEL_OIDC_NAME || "company SSO";
}

function oidcDefaultRole(): Role {
  const role = process.env.KEEL_OIDC_DEFAULT_ROLE;
  return (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : "viewer";
}

type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string; preferred_username?: string };

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req.headers ?? {}),
    }),
  ];
  if (oidcConfigured()) {
    const issuer = process.env.KEEL_OIDC_ISSUER!.replace(/\/$/, "");
    list.push({
      id: "oidc",
      name: oidcDisplayName(),
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: process.env.KEEL_OIDC_CLIENT_ID,
      clientSecret: process.env.KEEL_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: OidcProfile) {
        return {
          id: profile.sub,
          email: profile.email ?? null,
          // The signIn callback decides on it: an unverified email must not match or create an account.
          email_verified: profile.email_verified === true || profile.email_verified === "true",
          name: profile.name ?? profile.preferred_username ?? profile.email ?? null,
        };
      },
    });
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  callbacks: {
    // Every redirect next-auth makes (after SSO, after signing out) goes through the same check as the login page's.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl), baseUrl).toString();
    },
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      // SSO people are matched to Keel accounts by email; first-timers get the default role.
      const existing = user.email ? await findUserByEmail(user.email) : undefined;
      const decision = decideSsoSignIn({
        profile: { email: user.email, email_verified: user.email_verified },
        existingUser: existing,
        allowedDomains: parseAllowedDomains(process.env.KEEL_OIDC_ALLOWED_DOMAINS),
      });
      if (decision.kind === "refuse") return `/login?error=${decision.error}`;
      const keelUser =
        existing ??
        (await createUser({ email: user.email!, name: user.name ?? user.email!, role: oidcDefaultRole(), passwordHash: null }, SYSTEM_ACTOR));
      user.id = String(keelUser.id);
      await recordLogin(keelUser.id);
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "oidc") {
        const keelUser = user.email ? await findUserByEmail(user.email) : undefined;
        if (keelUser) token.sub = String(keelUser.id);
      } else if (user) {
        token.sub = user.id;
      }
      if (user) token.sessionStartedAt = Date.now();
      // Tokens signed before Keel stamped the start: keep their first issue time before `iat` moves on.
      else token.sessionStartedAt ??= sessionStartOf(token);
      return token;
    },
    async session({ session, token }) {
      const user = token.sub ? await findUserById(Number(token.sub)) : undefined;
      // Throwing makes next-auth answer "no session" and delete the cookie where it can.
      if (!user || !user.isActive || !isSessionCurrent(sessionStartOf(token), user.sessionsValidAfter)) throw new SessionEndedError();
      if (session.user) {
        session.user.id = String(user.id);
        session.user.role = user.role;
        session.user.name = user.name;
        session.user.email = user.email;
      }
      session.startedAt = sessionStartOf(token);
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is expected, not a server fault worth a stack trace on every request it makes.
      if (metadata instanceof SessionEndedError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};

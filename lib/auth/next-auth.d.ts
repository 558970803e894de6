// Keel's additions to the next-auth session.
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    // From the OIDC profile: whether the provider verified the email address.
    email_verified?: boolean;
  }
  interface Session {
    user?: DefaultSession["user"] & { id?: string; role?: "viewer" | "editor" | "admin" };
    // When this session began (ms since the epoch), checked against the person's sessionsValidAfter.
    startedAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    // The sign-in instant (ms): unlike `iat`, it survives next-auth re-issuing the cookie on every session read.
    sessionStartedAt?: number;
  }
}

// Keel's additions to the next-auth session.
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    // From the OIDC profile: whether the provider verified the email address.
    email_verified?: boolean;
  }
  interface Session {
    user?: DefaultSession["user"] & { id?: string; role?: "viewer" | "editor" | "admin" };
  }
}

// Keel's additions to the next-auth session.
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string; role?: "viewer" | "editor" | "admin" };
  }
}

// The person a session belongs to, checked against the database; free of next/navigation so route handlers
// and the bench (which run without React's client build) can use it.
import "server-only";
import type { Session } from "next-auth";
import { findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { isSessionCurrent } from "./session-validity";

/**
 * The person a next-auth session belongs to, or null when there is none, they are deactivated, or their
 * password, role or activation changed after the session began. The session callback refuses such sessions
 * already; this checks again because it is what pages, actions and API routes act on.
 */
export async function sessionUser(session: Session | null): Promise<User | null> {
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  const user = await findUserById(id);
  if (!user || !user.isActive || !isSessionCurrent(session.startedAt, user.sessionsValidAfter)) return null;
  return user;
}


// The signed-in person of this request, fresh from the database, and the checks every page and action starts with.
import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import type { Actor } from "@/db/queries/audit";
import { listTeamIdsOfUser, toPublicUser, type PublicUser } from "@/db/queries/users";
import type { Role } from "@/db/schema/auth";
import { authOptions } from "./options";
import type { Caller } from "@/lib/access/caller";
import { hasRole } from "@/lib/access/roles";
import { sessionUser } from "./session-user";

export type SessionUser = PublicUser & { teamIds: number[] };

/** One database lookup per request, however many components ask. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const user = await sessionUser(await getServerSession(authOptions));
  if (!user) return null;
  return { ...toPublicUser(user), teamIds: await listTeamIdsOfUser(user.id) };
});

export function actorOf(user: SessionUser): Actor {
  return { kind: "user", id: user.id, label: user.email };
}

/** The signed-in person as the caller of a change function. */
export function callerOf(user: SessionUser): Caller {
  return { kind: "user", actor: actorOf(user), userId: user.id, role: user.role, teamIds: user.teamIds };
}

/** For pages: the user, or a redirect to the login page. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages that need a role: signed in with at least that role, else the login page or a 403 answer (forbidden.tsx). */
export async function requirePageRole(role: Role): Promise<SessionUser> {
  const user = await requirePageUser();
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

export type Authorized = { ok: true; user: SessionUser; actor: Actor };
export type Refused = { ok: false; status: 401 | 403; message: string };

/**
 * Every server action starts here: exported actions are public POST endpoints, so the role is checked on
 * the server each time; the change function then checks the team that owns what it touches.
 */
export async function authorize(role: Role): Promise<Authorized | Refused> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, message: "Your session has ended. Sign in again." };
  if (!hasRole(user.role, role)) return { ok: false, status: 403, message: "You don't have permission to do that." };
  return { ok: true, user, actor: actorOf(user) };
}

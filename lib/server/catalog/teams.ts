// Team changes are organisation-wide: admins only, by session or token alike.
import "server-only";
import { addTeamMember as insertMember, createTeam as insertTeam, deleteTeam as removeTeam, findTeamById, removeTeamMember as deleteMember, updateTeam as changeTeam } from "@/db/queries/teams";
import { findUserById } from "@/db/queries/users";
import type { Team } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import type { TeamInput } from "@/lib/catalog/schemas";
import { emitChange } from "../change-events";
import { assertAdmin, ChangeError, notFound } from "../errors";

export async function createTeam({ caller, input }: { caller: Caller; input: TeamInput }): Promise<Team> {
  assertAdmin(caller);
  const team = await insertTeam(input, caller.actor);
  emitChange({ entity: "team", action: "created", key: team.slug, actor: caller.actor.label });
  return team;
}

export async function updateTeam({ caller, teamId, input }: { caller: Caller; teamId: number; input: { name: string; description?: string } }): Promise<Team> {
  assertAdmin(caller);
  const team = await changeTeam(teamId, input, caller.actor);
  if (!team) throw notFound("That team no longer exists.");
  emitChange({ entity: "team", action: "updated", key: team.slug, actor: caller.actor.label });
  return team;
}

export async function deleteTeam({ caller, teamId }: { caller: Caller; teamId: number }): Promise<void> {
  assertAdmin(caller);
  const outcome = await removeTeam(teamId, caller.actor);
  if (outcome === "not_found") throw notFound("That team no longer exists.");
  if (outcome === "has_services") throw new ChangeError("conflict", "This team still owns services. Move or delete them first.");
  emitChange({ entity: "team", action: "deleted", key: String(teamId), actor: caller.actor.label });
}

/** Adds a person to a team; returns false when they already were a member. */
export async function addTeamMember({ caller, teamId, userId }: { caller: Caller; teamId: number; userId: number }): Promise<{ added: boolean; teamName: string; userName: string }> {
  assertAdmin(caller);
  const [team, user] = await Promise.all([findTeamById(teamId), findUserById(userId)]);
  if (!team || !user) throw notFound("That team or person no longer exists.");
  const outcome = await insertMember(teamId, userId, caller.actor);
  if (outcome === "added") emitChange({ entity: "team_member", action: "created", key: `${team.slug}:${user.email}`, actor: caller.actor.label });
  return { added: outcome === "added", teamName: team.name, userName: user.name };
}

export async function removeTeamMember({ caller, teamId, userId }: { caller: Caller; teamId: number; userId: number }): Promise<Team> {
  assertAdmin(caller);
  const team = await findTeamById(teamId);
  if (!team) throw notFound("That team no longer exists.");
  if (await deleteMember(teamId, userId, caller.actor)) emitChange({ entity: "team_member", action: "deleted", key: `${team.slug}:${userId}`, actor: caller.actor.label });
  return team;
}

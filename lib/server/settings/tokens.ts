// API tokens: created with scopes and, optionally, a list of teams they are limited to; revoked. Tokens for every team are an admin's.
import "server-only";
import { createApiToken, revokeApiToken } from "@/db/queries/tokens";
import { findTeamBySlug } from "@/db/queries/teams";
import { callerScopes, writableTeams, type Caller } from "@/lib/access/caller";
import { hasScope } from "@/lib/access/roles";
import type { TokenCreateInput } from "@/lib/settings/schemas";
import { emitChange } from "../change-events";
import { assertAdmin, invalid, notFound, refused } from "../errors";

/**
 * Creates a token and returns it once in plain text. An admin may create any token; anyone else may only
 * limit it to teams they can change themselves, with scopes they hold, and never for every team.
 */
export async function createToken({ caller, input }: { caller: Caller; input: TokenCreateInput }): Promise<{ token: string; id: number }> {
  const teamIds: number[] = [];
  for (const [index, slug] of (input.teams ?? []).entries()) {
    const team = await findTeamBySlug(slug);
    if (!team) throw invalid(`teams[${index}]: no team with slug "${slug}"`, `teams[${index}]`);
    teamIds.push(team.id);
  }
  const isAdmin = hasScope(callerScopes(caller), "admin");
  if (!isAdmin) {
    if (input.teams === null) throw refused("Only an admin can create a token for all teams; pick the teams it may change.");
    const missing = input.scopes.find((scope) => !hasScope(callerScopes(caller), scope));
    if (missing) throw refused(`You cannot give a token the '${missing}' scope you don't hold.`);
    const reachable = writableTeams(caller);
    const outside = (input.teams ?? []).find((_, i) => reachable !== "all" && !reachable.includes(teamIds[i]!));
    if (outside) throw refused(`You can only limit tokens to teams you can change; not "${outside}".`);
  }
  const { token, record } = await createApiToken(
    { name: input.name, scopes: input.scopes, teamIds: input.teams === null ? null : teamIds, createdById: caller.kind === "user" ? caller.userId : null },
    caller.actor,
  );
  emitChange({ entity: "api_token", action: "created", key: String(record.id), actor: caller.actor.label });
  return { token, id: record.id };
}

export async function revokeToken({ caller, tokenId }: { caller: Caller; tokenId: number }): Promise<"revoked" | "already"> {
  assertAdmin(caller);
  const outcome = await revokeApiToken(tokenId, caller.actor);
  if (outcome === "not_found") throw notFound("That token no longer exists.");
  if (outcome === "revoked") emitChange({ entity: "api_token", action: "deleted", key: String(tokenId), actor: caller.actor.label });
  return outcome;
}

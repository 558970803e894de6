// The caller of a change — a signed-in person, an API token, the CLI — and the rules for what it may change.
import { hasRole, hasScope, scopesForRole } from "./roles";
import { CLI_ACTOR, type Actor, type Role, type TokenScope } from "./types";

export type Caller =
  | { kind: "user"; actor: Actor; userId: number; role: Role; teamIds: readonly number[] }
  // teamIds null: the token reaches every team (only an admin creates such a token).
  | { kind: "token"; actor: Actor; tokenId: number; scopes: readonly TokenScope[]; teamIds: readonly number[] | null }
  // The command line runs with the rights of whoever holds the database file.
  | { kind: "cli" | "system"; actor: Actor };

export const CLI_CALLER: Caller = { kind: "cli", actor: CLI_ACTOR };

/** The team that owns what a change touches, with a slug for messages. */
export type OwningTeam = { id: number; slug: string };

export function callerScopes(caller: Caller): readonly TokenScope[] {
  if (caller.kind === "user") return scopesForRole(caller.role);
  if (caller.kind === "token") return caller.scopes;
  return ["read", "ingest", "write", "admin"];
}

export function callerHasScope(caller: Caller, scope: TokenScope): boolean {
  return hasScope(callerScopes(caller), scope);
}

/** The teams whose things the caller may change, or "all". */
export function writableTeams(caller: Caller, scope: TokenScope = "write"): readonly number[] | "all" {
  if (!callerHasScope(caller, scope)) return [];
  if (caller.kind === "user") return caller.role === "admin" ? "all" : caller.teamIds;
  if (caller.kind === "token") return caller.teamIds ?? "all";
  return "all";
}

function scopeRefusal(caller: Caller, scope: TokenScope): string {
  if (caller.kind === "user") return scope === "admin" ? "Only admins can do that." : "You don't have permission to do that.";
  return `This token lacks the '${scope}' scope.`;
}

/**
 * Why the caller may not change `thing` of `team` (null when it may). Sessions and tokens alike:
 * the scope (or role) must allow the change and the team must be one the caller reaches.
 */
export function teamChangeRefusal(caller: Caller, team: OwningTeam, thing: string, scope: TokenScope = "write"): string | null {
  if (!callerHasScope(caller, scope)) return scopeRefusal(caller, scope);
  const teams = writableTeams(caller, scope);
  if (teams === "all" || teams.includes(team.id)) return null;
  if (caller.kind === "token") return `This token is limited to other teams: it cannot change ${thing}, which belongs to team "${team.slug}".`;
  return `Only members of team "${team.slug}" and admins can change ${thing}.`;
}

/** Why the caller may not make an organisation-wide change (teams, users, tokens for all teams, settings); null when it may. */
export function adminChangeRefusal(caller: Caller): string | null {
  if (caller.kind === "user") return hasRole(caller.role, "admin") ? null : scopeRefusal(caller, "admin");
  return callerHasScope(caller, "admin") ? null : scopeRefusal(caller, "admin");
}

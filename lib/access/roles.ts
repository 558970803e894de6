// Who may do what: pure rules over a user's role and team memberships, shared by pages, actions and the API.
import type { Role, TokenScope } from "./types";

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export type Principal = { role: Role; teamIds: readonly number[] };

/** Editors change what belongs to their own teams; admins change everything. */
export function canEditTeamResource(principal: Principal, ownerTeamId: number): boolean {
  if (principal.role === "admin") return true;
  return principal.role === "editor" && principal.teamIds.includes(ownerTeamId);
}

/** Scopes a signed-in browser session carries on the API. */
export function scopesForRole(role: Role): TokenScope[] {
  if (role === "admin") return ["read", "ingest", "write", "admin"];
  if (role === "editor") return ["read", "write"];
  return ["read"];
}

/** `admin` implies every scope; `write` implies `ingest`. */
export function hasScope(scopes: readonly TokenScope[], needed: TokenScope): boolean {
  if (scopes.includes("admin")) return true;
  if (needed === "ingest" && scopes.includes("write")) return true;
  return scopes.includes(needed);
}

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "Reads everything",
  editor: "Changes what belongs to their teams",
  admin: "Everything, including users, teams, tokens and settings",
};

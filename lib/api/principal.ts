// Who is calling the API: a bearer token with scopes, or a signed-in browser session (read, and its role's rights).
import "server-only";
import { getServerSession } from "next-auth";
import type { Actor } from "@/db/queries/audit";
import { authenticateApiToken } from "@/db/queries/tokens";
import { listTeamIdsOfUser } from "@/db/queries/users";
import type { Role, TokenScope } from "@/db/schema/auth";
import { authOptions } from "@/lib/auth/options";
import { canEditTeamResource, hasScope, scopesForRole } from "@/lib/auth/roles";
import { sessionUser } from "@/lib/auth/session";
import { ApiError } from "./errors";
import { isCrossSiteWrite } from "./origin";

export type ApiPrincipal = {
  actor: Actor;
  scopes: TokenScope[];
  // Set for browser sessions: editors may only change their own teams' things.
  user?: { id: number; role: Role; teamIds: number[] };
};

export async function resolvePrincipal(request: Request): Promise<ApiPrincipal | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new ApiError("unauthorized", "Authorization header must be 'Bearer <token>'");
    const token = await authenticateApiToken(match[1]!);
    if (!token) throw new ApiError("unauthorized", "The API token is unknown or revoked");
    return { actor: { kind: "token", id: token.id, label: `token:${token.name}` }, scopes: token.scopes };
  }
  const session = await getServerSession(authOptions);
  if (!session) return null;
  // The session cookie rides along on requests other sites make the browser send: refuse those writes.
  if (isCrossSiteWrite(request)) throw new ApiError("forbidden", "Cross-site requests cannot use the browser session; send 'Authorization: Bearer <token>'");
  const user = await sessionUser(session);
  if (!user) return null;
  return {
    actor: { kind: "user", id: user.id, label: user.email },
    scopes: scopesForRole(user.role),
    user: { id: user.id, role: user.role, teamIds: await listTeamIdsOfUser(user.id) },
  };
}

/** The caller, who must hold `scope`; 401 without credentials, 403 without the scope. */
export async function requireScope(request: Request, scope: TokenScope): Promise<ApiPrincipal> {
  const principal = await resolvePrincipal(request);
  if (!principal) throw new ApiError("unauthorized", "Send 'Authorization: Bearer <token>' or sign in");
  if (!hasScope(principal.scopes, scope)) throw new ApiError("forbidden", `This needs the '${scope}' scope`);
  return principal;
}

/** For writes to a team's resources by a browser session: editors only within their teams. */
export function requireTeamAccess(principal: ApiPrincipal, teamId: number): void {
  if (!principal.user) return;
  if (!canEditTeamResource(principal.user, teamId)) {
    throw new ApiError("forbidden", "Only members of the owning team and admins can change this");
  }
}

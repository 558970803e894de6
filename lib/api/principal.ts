// Who is calling the API: a bearer token (scopes, perhaps limited to teams) or a signed-in browser session (its role's rights).
import "server-only";
import { getServerSession } from "next-auth";
import { authenticateApiToken } from "@/db/queries/tokens";
import { listTeamIdsOfUser } from "@/db/queries/users";
import type { TokenScope } from "@/lib/access/types";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { authOptions } from "@/lib/auth/options";
import { sessionUser } from "@/lib/auth/session-user";
import { ApiError } from "./errors";
import { isCrossSiteWrite } from "./origin";

export async function resolveCaller(request: Request): Promise<Caller | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new ApiError("unauthorized", "Authorization header must be 'Bearer <token>'");
    const token = await authenticateApiToken(match[1]!);
    if (!token) throw new ApiError("unauthorized", "The API token is unknown or revoked");
    return { kind: "token", actor: { kind: "token", id: token.id, label: `token:${token.name}` }, tokenId: token.id, scopes: token.scopes, teamIds: token.teamIds ?? null };
  }
  const session = await getServerSession(authOptions);
  if (!session) return null;
  // The session cookie rides along on requests other sites make the browser send: refuse those writes.
  if (isCrossSiteWrite(request)) throw new ApiError("forbidden", "Cross-site requests cannot use the browser session; send 'Authorization: Bearer <token>'");
  const user = await sessionUser(session);
  if (!user) return null;
  return { kind: "user", actor: { kind: "user", id: user.id, label: user.email }, userId: user.id, role: user.role, teamIds: await listTeamIdsOfUser(user.id) };
}

/** The caller, who must hold `scope`; 401 without credentials, 403 without the scope. Team rules are the change functions'. */
export async function requireScope(request: Request, scope: TokenScope): Promise<Caller> {
  const caller = await resolveCaller(request);
  if (!caller) throw new ApiError("unauthorized", "Send 'Authorization: Bearer <token>' or sign in");
  if (!callerHasScope(caller, scope)) throw new ApiError("forbidden", `This needs the '${scope}' scope`);
  return caller;
}

// API tokens: created once in plain text, stored as a SHA-256 hash, listed with last use, revoked.
import "server-only";
import crypto from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { apiTokens, users, type ApiToken, type TokenScope } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { preparedPerConnection } from "./prepared";

const TOKEN_PREFIX = "keel_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export type TokenListItem = Omit<ApiToken, "tokenHash"> & { createdByName: string | null };

export async function createApiToken(
  input: { name: string; scopes: TokenScope[]; teamIds?: number[] | null; createdById: number | null },
  actor: Actor,
): Promise<{ token: string; record: Omit<ApiToken, "tokenHash"> }> {
  const token = TOKEN_PREFIX + crypto.randomBytes(24).toString("base64url");
  const db = getDb();
  return db.transaction((tx) => {
    const { tokenHash: _hash, ...record } = tx
      .insert(apiTokens)
      .values({
        name: input.name,
        scopes: input.scopes,
        teamIds: input.teamIds ?? null,
        tokenHash: hashToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 4),
        createdById: input.createdById,
      })
      .returning()
      .get();
    void _hash;
    writeAudit(tx, actor, { action: "token.create", entity: "api_token", entityId: record.id, after: record });
    return { token, record };
  });
}

export async function listApiTokens(): Promise<TokenListItem[]> {
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      teamIds: apiTokens.teamIds,
      createdById: apiTokens.createdById,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdByName: users.name,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdById))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .all();
}

export async function revokeApiToken(id: number, actor: Actor): Promise<"revoked" | "not_found" | "already"> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
    if (!before) return "not_found";
    if (before.revokedAt) return "already";
    tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).run();
    writeAudit(tx, actor, {
      action: "token.revoke",
      entity: "api_token",
      entityId: id,
      before: { name: before.name, prefix: before.prefix, scopes: before.scopes, teamIds: before.teamIds },
    });
    return "revoked";
  });
}

/** The live token for a bearer string, marking it used; undefined when unknown or revoked. */
const tokenStatements = preparedPerConnection(({ db }) => ({
  byHash: db.select().from(apiTokens).where(eq(apiTokens.tokenHash, sql.placeholder("hash"))).prepare(),
  touch: db.update(apiTokens).set({ lastUsedAt: sql`${sql.placeholder("at")}` }).where(eq(apiTokens.id, sql.placeholder("id"))).prepare(),
}));

export async function authenticateApiToken(token: string): Promise<Omit<ApiToken, "tokenHash"> | undefined> {
  const statements = tokenStatements();
  const row = statements.byHash.get({ hash: hashToken(token) });
  if (!row || row.revokedAt) return undefined;
  // Last use is advisory: at most one write a minute per token.
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > 60_000) statements.touch.run({ at: now, id: row.id });
  const { tokenHash: _hash, ...rest } = row;
  void _hash;
  return rest;
}

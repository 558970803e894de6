// People: accounts, roles, activation, and which teams they belong to.
import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { teamMemberships, teams, users, type Role, type User } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";

/** A user as shown and audited: never with the password hash. */
export type PublicUser = Omit<User, "passwordHash">;

export function toPublicUser(user: User): PublicUser {
  const { passwordHash: _omitted, ...rest } = user;
  void _omitted;
  return rest;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string): Promise<User | undefined> {
  return getDb().select().from(users).where(eq(users.email, normaliseEmail(email))).get();
}

export async function findUserById(id: number): Promise<User | undefined> {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

export type UserWithTeams = PublicUser & { teams: { id: number; slug: string; name: string }[] };

export async function listUsers(): Promise<UserWithTeams[]> {
  const db = getDb();
  const rows = db.select().from(users).orderBy(asc(users.name)).all();
  const memberships = db
    .select({ userId: teamMemberships.userId, id: teams.id, slug: teams.slug, name: teams.name })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .orderBy(asc(teams.name))
    .all();
  return rows.map((user) => ({
    ...toPublicUser(user),
    teams: memberships.filter((m) => m.userId === user.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }));
}

export async function listTeamIdsOfUser(userId: number): Promise<number[]> {
  return getDb()
    .select({ teamId: teamMemberships.teamId })
    .from(teamMemberships)
    .where(eq(teamMemberships.userId, userId))
    .all()
    .map((row) => row.teamId);
}

export async function createUser(
  input: { email: string; name: string; role: Role; passwordHash: string | null },
  actor: Actor,
): Promise<PublicUser> {
  const db = getDb();
  const email = normaliseEmail(input.email);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new ConflictError(`A user with email ${email} already exists`, "email");
    }
    const created = tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash })
      .returning()
      .get();
    const after = toPublicUser(created);
    writeAudit(tx, actor, { action: "user.create", entity: "user", entityId: created.id, after });
    return after;
  });
}

/** Whether a change must end the person's sessions: a new password, or a role or activation that differs. */
export function endsSessions(before: Pick<User, "role" | "isActive">, changes: { role?: Role; isActive?: boolean; passwordHash?: string }): boolean {
  return (
    changes.passwordHash !== undefined ||
    (changes.role !== undefined && changes.role !== before.role) ||
    (changes.isActive !== undefined && changes.isActive !== before.isActive)
  );
}

/**
 * Changes a person. A new password, role or activation also sets sessionsValidAfter, in the same transaction,
 * so every session they had ends at once (a stolen cookie, or a browser still holding the old rights).
 */
export async function updateUser(
  id: number,
  changes: { role?: Role; isActive?: boolean; name?: string; passwordHash?: string },
  actor: Actor,
  action = "user.update",
): Promise<PublicUser | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, id)).get();
    if (!before) return undefined;
    const values = endsSessions(before, changes) ? { ...changes, sessionsValidAfter: new Date() } : changes;
    const updated = tx.update(users).set(values).where(eq(users.id, id)).returning().get();
    const after = toPublicUser(updated);
    // Audit which fields changed, but never a password hash.
    writeAudit(tx, actor, {
      action,
      entity: "user",
      entityId: id,
      before: toPublicUser(before),
      after: changes.passwordHash ? { ...after, password: "changed" } : after,
    });
    return after;
  });
}

export async function countActiveAdmins(): Promise<number> {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.isActive} = 1`)
      .get()?.n ?? 0
  );
}

export async function recordLogin(id: number): Promise<void> {
  getDb().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id)).run();
}

// Teams and their members.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { services, teamMemberships, teams, users, type Team } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";

export type TeamSummary = Team & { memberCount: number; serviceCount: number };

export async function listTeams(): Promise<TeamSummary[]> {
  return getDb()
    .select({
      id: teams.id,
      slug: teams.slug,
      name: teams.name,
      description: teams.description,
      createdAt: teams.createdAt,
      memberCount: sql<number>`(select count(*) from "team_memberships" tm where tm."team_id" = "teams"."id")`,
      serviceCount: sql<number>`(select count(*) from "services" s where s."team_id" = "teams"."id")`,
    })
    .from(teams)
    .orderBy(asc(teams.name))
    .all();
}

export async function findTeamBySlug(slug: string): Promise<Team | undefined> {
  return getDb().select().from(teams).where(eq(teams.slug, slug)).get();
}

export async function findTeamById(id: number): Promise<Team | undefined> {
  return getDb().select().from(teams).where(eq(teams.id, id)).get();
}

export async function listTeamMembers(teamId: number): Promise<{ id: number; name: string; email: string; role: string }[]> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(teamMemberships)
    .innerJoin(users, eq(users.id, teamMemberships.userId))
    .where(eq(teamMemberships.teamId, teamId))
    .orderBy(asc(users.name))
    .all();
}

export async function createTeam(input: { slug: string; name: string; description?: string }, actor: Actor): Promise<Team> {
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: teams.id }).from(teams).where(eq(teams.slug, input.slug)).get()) {
      throw new ConflictError(`A team with slug "${input.slug}" already exists`, "slug");
    }
    const created = tx
      .insert(teams)
      .values({ slug: input.slug, name: input.name, description: input.description ?? "" })
      .returning()
      .get();
    writeAudit(tx, actor, { action: "team.create", entity: "team", entityId: created.slug, after: created });
    return created;
  });
}

export async function updateTeam(id: number, changes: { name?: string; description?: string }, actor: Actor): Promise<Team | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(teams).where(eq(teams.id, id)).get();
    if (!before) return undefined;
    const after = tx.update(teams).set(changes).where(eq(teams.id, id)).returning().get();
    writeAudit(tx, actor, { action: "team.update", entity: "team", entityId: before.slug, before, after });
    return after;
  });
}

export async function deleteTeam(id: number, actor: Actor): Promise<"deleted" | "not_found" | "has_services"> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(teams).where(eq(teams.id, id)).get();
    if (!before) return "not_found";
    const owned = tx.select({ n: sql<number>`count(*)` }).from(services).where(eq(services.teamId, id)).get()?.n ?? 0;
    if (owned > 0) return "has_services";
    tx.delete(teams).where(eq(teams.id, id)).run();
    writeAudit(tx, actor, { action: "team.delete", entity: "team", entityId: before.slug, before });
    return "deleted";
  });
}

export async function addTeamMember(teamId: number, userId: number, actor: Actor): Promise<"added" | "already"> {
  const db = getDb();
  return db.transaction((tx) => {
    const existing = tx
      .select()
      .from(teamMemberships)
      .where(and(eq(teamMemberships.teamId, teamId), eq(teamMemberships.userId, userId)))
      .get();
    if (existing) return "already";
    tx.insert(teamMemberships).values({ teamId, userId }).run();
    const team = tx.select({ slug: teams.slug }).from(teams).where(eq(teams.id, teamId)).get();
    const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    writeAudit(tx, actor, {
      action: "team.member.add",
      entity: "team",
      entityId: team?.slug ?? teamId,
      after: { user: user?.email ?? userId },
    });
    return "added";
  });
}

export async function removeTeamMember(teamId: number, userId: number, actor: Actor): Promise<boolean> {
  const db = getDb();
  return db.transaction((tx) => {
    const removed = tx
      .delete(teamMemberships)
      .where(and(eq(teamMemberships.teamId, teamId), eq(teamMemberships.userId, userId)))
      .returning()
      .all();
    if (!removed.length) return false;
    const team = tx.select({ slug: teams.slug }).from(teams).where(eq(teams.id, teamId)).get();
    const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
    writeAudit(tx, actor, {
      action: "team.member.remove",
      entity: "team",
      entityId: team?.slug ?? teamId,
      before: { user: user?.email ?? userId },
    });
    return true;
  });
}

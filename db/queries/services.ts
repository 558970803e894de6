// Services: list with filters, read, create, update, delete — every change audited.
import "server-only";
import { and, asc, eq, like, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { services, teams, type Service, type Tier } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";

export type ServiceWithTeam = Service & { teamSlug: string; teamName: string };

export type ServiceInput = {
  slug: string;
  name: string;
  teamId: number;
  tier: Tier;
  description?: string;
  repoUrl?: string | null;
  dashboardUrl?: string | null;
  runbookUrl?: string | null;
};

const withTeam = {
  id: services.id,
  slug: services.slug,
  name: services.name,
  teamId: services.teamId,
  tier: services.tier,
  description: services.description,
  repoUrl: services.repoUrl,
  dashboardUrl: services.dashboardUrl,
  runbookUrl: services.runbookUrl,
  createdAt: services.createdAt,
  updatedAt: services.updatedAt,
  teamSlug: teams.slug,
  teamName: teams.name,
};

export type ServiceFilter = { team?: string; tier?: Tier; q?: string };

export async function listServices(filter: ServiceFilter = {}): Promise<ServiceWithTeam[]> {
  const conditions: SQL[] = [];
  if (filter.team) conditions.push(eq(teams.slug, filter.team));
  if (filter.tier) conditions.push(eq(services.tier, filter.tier));
  if (filter.q) {
    const pattern = `%${filter.q.trim()}%`;
    const match = or(like(services.name, pattern), like(services.slug, pattern), like(services.description, pattern));
    if (match) conditions.push(match);
  }
  return getDb()
    .select(withTeam)
    .from(services)
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(services.tier), asc(services.name))
    .all();
}

export async function findServiceBySlug(slug: string): Promise<ServiceWithTeam | undefined> {
  return getDb().select(withTeam).from(services).innerJoin(teams, eq(teams.id, services.teamId)).where(eq(services.slug, slug)).get();
}

export async function findServiceById(id: number): Promise<ServiceWithTeam | undefined> {
  return getDb().select(withTeam).from(services).innerJoin(teams, eq(teams.id, services.teamId)).where(eq(services.id, id)).get();
}

export async function countServices(): Promise<number> {
  return getDb().select({ n: sql<number>`count(*)` }).from(services).get()?.n ?? 0;
}

export async function createService(input: ServiceInput, actor: Actor): Promise<Service> {
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: services.id }).from(services).where(eq(services.slug, input.slug)).get()) {
      throw new ConflictError(`A service with slug "${input.slug}" already exists`, "slug");
    }
    const created = tx.insert(services).values(input).returning().get();
    writeAudit(tx, actor, { action: "service.create", entity: "service", entityId: created.slug, after: created });
    return created;
  });
}

export async function updateService(id: number, changes: Partial<Omit<ServiceInput, "slug">>, actor: Actor): Promise<Service | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(services).where(eq(services.id, id)).get();
    if (!before) return undefined;
    const after = tx
      .update(services)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(services.id, id))
      .returning()
      .get();
    writeAudit(tx, actor, { action: "service.update", entity: "service", entityId: before.slug, before, after });
    return after;
  });
}

export async function deleteService(id: number, actor: Actor): Promise<boolean> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(services).where(eq(services.id, id)).get();
    if (!before) return false;
    tx.delete(services).where(eq(services.id, id)).run();
    writeAudit(tx, actor, { action: "service.delete", entity: "service", entityId: before.slug, before });
    return true;
  });
}

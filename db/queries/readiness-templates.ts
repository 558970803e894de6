// Readiness templates: create one with its first version, edit (a new version each time), read versions.
import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { TemplateContent } from "@/lib/readiness/types";
import { getDb } from "../client";
import { readinessTemplates, readinessTemplateVersions, users } from "../schema";
import { writeAudit, type Actor, type Writer } from "./audit";
import { ConflictError } from "./errors";

export type TemplateRow = typeof readinessTemplates.$inferSelect;
export type TemplateVersionRow = typeof readinessTemplateVersions.$inferSelect;
export type TemplateVersionSummary = Omit<TemplateVersionRow, "content"> & { createdByName: string | null };

export type TemplateValues = { slug: string; name: string; description: string; tier: number | null };
export type NewTemplate = TemplateValues & { content: TemplateContent; note: string };

function insertOne(tx: Writer, input: NewTemplate, createdById: number | null, actor: Actor): { template: TemplateRow; version: TemplateVersionRow } {
  if (tx.select({ id: readinessTemplates.id }).from(readinessTemplates).where(eq(readinessTemplates.slug, input.slug)).get()) {
    throw new ConflictError(`A template with slug "${input.slug}" already exists`, "slug");
  }
  const template = tx
    .insert(readinessTemplates)
    .values({ slug: input.slug, name: input.name, description: input.description, tier: input.tier, currentVersion: 1 })
    .returning()
    .get();
  const version = tx.insert(readinessTemplateVersions).values({ templateId: template.id, version: 1, content: input.content, note: input.note, createdById }).returning().get();
  writeAudit(tx, actor, { action: "readiness_template.create", entity: "readiness_template", entityId: template.slug, after: { ...template, content: input.content } });
  return { template, version };
}

export async function insertTemplate(input: NewTemplate, createdById: number | null, actor: Actor): Promise<{ template: TemplateRow; version: TemplateVersionRow }> {
  return getDb().transaction((tx) => insertOne(tx, input, createdById, actor));
}

/** Inserts the given templates only when there are no templates at all (a fresh instance); returns how many it inserted. */
export async function insertTemplatesIfNone(templates: readonly NewTemplate[], actor: Actor): Promise<number> {
  return getDb().transaction((tx) => {
    const count = tx.select({ n: sql<number>`count(*)` }).from(readinessTemplates).get()?.n ?? 0;
    if (count > 0) return 0;
    for (const template of templates) insertOne(tx, template, null, actor);
    return templates.length;
  });
}

/** Writes the content as the next version and moves the template on to it; older versions stay. */
export async function updateTemplate(
  id: number,
  input: Omit<TemplateValues, "slug"> & { content: TemplateContent; note: string },
  createdById: number | null,
  actor: Actor,
): Promise<{ template: TemplateRow; version: TemplateVersionRow } | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(readinessTemplates).where(eq(readinessTemplates.id, id)).get();
    if (!before) return undefined;
    const next = before.currentVersion + 1;
    const version = tx.insert(readinessTemplateVersions).values({ templateId: id, version: next, content: input.content, note: input.note, createdById }).returning().get();
    const template = tx
      .update(readinessTemplates)
      .set({ name: input.name, description: input.description, tier: input.tier, currentVersion: next, updatedAt: new Date() })
      .where(eq(readinessTemplates.id, id))
      .returning()
      .get();
    writeAudit(tx, actor, { action: "readiness_template.update", entity: "readiness_template", entityId: template.slug, before, after: { ...template, content: input.content, note: input.note } });
    return { template, version };
  });
}

export async function listTemplateRows(): Promise<TemplateRow[]> {
  return getDb().select().from(readinessTemplates).where(eq(readinessTemplates.archived, false)).orderBy(asc(readinessTemplates.tier), asc(readinessTemplates.name)).all();
}

export async function findTemplateBySlug(slug: string): Promise<TemplateRow | undefined> {
  return getDb().select().from(readinessTemplates).where(eq(readinessTemplates.slug, slug)).get();
}

export async function findTemplateVersion(templateId: number, version: number): Promise<TemplateVersionRow | undefined> {
  return getDb()
    .select()
    .from(readinessTemplateVersions)
    .where(and(eq(readinessTemplateVersions.templateId, templateId), eq(readinessTemplateVersions.version, version)))
    .get();
}

/** A template's versions, newest first, without their content. */
export async function listTemplateVersions(templateId: number): Promise<TemplateVersionSummary[]> {
  return getDb()
    .select({
      id: readinessTemplateVersions.id,
      templateId: readinessTemplateVersions.templateId,
      version: readinessTemplateVersions.version,
      note: readinessTemplateVersions.note,
      createdById: readinessTemplateVersions.createdById,
      createdAt: readinessTemplateVersions.createdAt,
      createdByName: users.name,
    })
    .from(readinessTemplateVersions)
    .leftJoin(users, eq(users.id, readinessTemplateVersions.createdById))
    .where(eq(readinessTemplateVersions.templateId, templateId))
    .orderBy(desc(readinessTemplateVersions.version))
    .all();
}

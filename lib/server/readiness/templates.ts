// Readiness templates: admins create and edit them (each edit a new version); Keel's defaults exist on every instance.
import "server-only";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { findTemplateBySlug, insertTemplate, insertTemplatesIfNone, updateTemplate as writeTemplateVersion } from "@/db/queries/readiness-templates";
import type { Caller } from "@/lib/access/caller";
import { DEFAULT_TEMPLATES } from "@/lib/readiness/default-templates";
import { templateCreateSchema, templateUpdateSchema, type TemplateCreateInput, type TemplateUpdateInput } from "@/lib/readiness/schemas";
import { emitChange } from "../change-events";
import { assertAdmin, invalidInput, notFound } from "../errors";
import { getTemplate, type TemplateDetail } from "./reads";

const userIdOf = (caller: Caller) => (caller.kind === "user" ? caller.userId : null);

export async function createTemplate({ caller, input }: { caller: Caller; input: TemplateCreateInput }): Promise<TemplateDetail> {
  assertAdmin(caller);
  const parsed = templateCreateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { template } = await insertTemplate(parsed.data, userIdOf(caller), caller.actor);
  emitChange({ entity: "readiness_template", action: "created", key: template.slug, actor: caller.actor.label });
  return getTemplate(template.slug);
}

/** Saves the content as the template's next version; reviews already started keep the version they copied. */
export async function updateTemplate({ caller, slug, input }: { caller: Caller; slug: string; input: TemplateUpdateInput }): Promise<TemplateDetail> {
  assertAdmin(caller);
  const parsed = templateUpdateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const existing = await findTemplateBySlug(slug);
  if (!existing) throw notFound(`No readiness template with slug "${slug}"`);
  await writeTemplateVersion(existing.id, parsed.data, userIdOf(caller), caller.actor);
  emitChange({ entity: "readiness_template", action: "updated", key: slug, actor: caller.actor.label });
  return getTemplate(slug);
}

/** Inserts Keel's default templates when the instance has no template at all (idempotent; run at start). */
export async function ensureDefaultTemplates(): Promise<number> {
  const inserted = await insertTemplatesIfNone(DEFAULT_TEMPLATES, SYSTEM_ACTOR);
  if (inserted) emitChange({ entity: "readiness_template", action: "created", key: "defaults", actor: SYSTEM_ACTOR.label });
  return inserted;
}

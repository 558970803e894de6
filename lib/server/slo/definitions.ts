// SLO definition changes — create, update, delete, review — each one function: rights, one transaction with its audit entry, an event.
import "server-only";
import { recordReview } from "@/db/queries/reviews";
import { findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { createSlo as insertSlo, deleteSlo as removeSlo, findSloBySlug, updateSlo as replaceSlo, type SloRecord } from "@/db/queries/slos";
import type { Caller } from "@/lib/access/caller";
import type { SloInput } from "@/lib/slo/schemas";
import { reviewSchema } from "@/lib/slo/review";
import { emitChange } from "../change-events";
import { assertTeamChange, invalid, invalidInput, notFound } from "../errors";

/** The service an SLO body names, which the caller must be allowed to change; 400 naming `service` when unknown. */
async function writableService(caller: Caller, slug: string): Promise<ServiceWithTeam> {
  const service = await findServiceBySlug(slug);
  if (!service) throw invalid(`service: no service with slug "${slug}"`, "service");
  assertTeamChange(caller, { id: service.teamId, slug: service.teamSlug }, `the SLOs of service "${service.slug}"`);
  return service;
}

/** The SLO of a slug that the caller may change; 404 when unknown, 403 when another team's. */
export async function writableSlo(caller: Caller, slug: string): Promise<SloRecord> {
  const slo = await findSloBySlug(slug);
  if (!slo) throw notFound(`No SLO with slug "${slug}"`);
  assertTeamChange(caller, { id: slo.teamId, slug: slo.teamSlug }, `SLO "${slo.slug}"`);
  return slo;
}

export async function createSlo({ caller, input }: { caller: Caller; input: SloInput }): Promise<SloRecord> {
  const service = await writableService(caller, input.service);
  await insertSlo(input, service.id, caller.actor);
  emitChange({ entity: "slo", action: "created", key: input.slug, actor: caller.actor.label });
  return (await findSloBySlug(input.slug))!;
}

/**
 * Replaces an SLO's definition; with `keepSource` the stored SLI source stays (the browser form does not
 * edit it). A new timeslice target rebuilds the running sums in the same transaction.
 */
export async function updateSlo({ caller, slug, input, keepSource = false }: { caller: Caller; slug: string; input: SloInput; keepSource?: boolean }): Promise<SloRecord> {
  const existing = await writableSlo(caller, slug);
  const service = input.service === existing.serviceSlug ? undefined : await writableService(caller, input.service);
  const updated = await replaceSlo(existing.id, keepSource ? { ...input, source: existing.source } : input, service?.id ?? existing.serviceId, caller.actor);
  if (!updated) throw notFound(`No SLO with slug "${slug}"`);
  emitChange({ entity: "slo", action: "updated", key: updated.slug, actor: caller.actor.label });
  return (await findSloBySlug(updated.slug))!;
}

export async function deleteSlo({ caller, slug }: { caller: Caller; slug: string }): Promise<SloRecord> {
  const existing = await writableSlo(caller, slug);
  if (!(await removeSlo(existing.id, caller.actor))) throw notFound(`No SLO with slug "${slug}"`);
  emitChange({ entity: "slo", action: "deleted", key: existing.slug, actor: caller.actor.label });
  return existing;
}

/**
 * Records a periodic review; a raised or lowered target changes the SLO in the same transaction. The
 * review is validated here because what it may say depends on the stored target.
 */
export async function reviewSlo({ caller, slug, review }: { caller: Caller; slug: string; review: unknown }) {
  const existing = await writableSlo(caller, slug);
  const parsed = reviewSchema(existing.target).safeParse(review);
  if (!parsed.success) throw invalidInput(parsed.error);
  await recordReview(existing.id, parsed.data, { id: caller.kind === "user" ? caller.userId : null, actor: caller.actor });
  emitChange({ entity: "slo_review", action: "recorded", key: existing.slug, actor: caller.actor.label });
  return parsed.data;
}

// Runbooks of a service: written by the service's team and admins (like the service itself), read by everyone.
import "server-only";
import { findIncidentByNumber, listIncidentServices } from "@/db/queries/incidents";
import { deleteRunbook as removeRunbook, findRunbook, insertRunbook, listRunbooks, listRunbookTitles, updateRunbook as changeRunbook, type RunbookRecord } from "@/db/queries/runbooks";
import { findServiceBySlug } from "@/db/queries/services";
import type { Caller } from "@/lib/access/caller";
import type { RunbookInput } from "@/lib/incidents/schemas";
import { emitChange } from "../change-events";
import { writableService } from "../catalog/services";
import { notFound } from "../errors";

const values = (input: RunbookInput) => ({ slug: input.slug, title: input.title, url: input.url ?? null, body: input.body });

export async function serviceRunbooks(serviceSlug: string): Promise<RunbookRecord[]> {
  const service = await findServiceBySlug(serviceSlug);
  if (!service) throw notFound(`No service with slug "${serviceSlug}"`);
  return listRunbooks([service.id]);
}

/** The runbooks of each service (by id), by title, keyed by service id: one read for many services. */
export async function runbooksOfServices(serviceIds: readonly number[]): Promise<Map<number, { slug: string; title: string }[]>> {
  const byService = new Map<number, { slug: string; title: string }[]>(serviceIds.map((id) => [id, []]));
  for (const { serviceId, slug, title } of await listRunbookTitles(serviceIds)) byService.get(serviceId)?.push({ slug, title });
  return byService;
}

/** The runbooks of an incident's services, first service first. */
export async function incidentRunbooks(number: number): Promise<RunbookRecord[]> {
  const incident = await findIncidentByNumber(number);
  if (!incident) throw notFound(`No incident #${number}`);
  const services = (await listIncidentServices([incident.id])).get(incident.id) ?? [];
  return listRunbooks(services.map((s) => s.id));
}

export async function createRunbook({ caller, service: serviceSlug, input }: { caller: Caller; service: string; input: RunbookInput }): Promise<RunbookRecord> {
  const service = await writableService(caller, serviceSlug);
  await insertRunbook(service.id, values(input), caller.actor);
  emitChange({ entity: "runbook", action: "created", key: `${service.slug}/${input.slug}`, actor: caller.actor.label });
  return (await findRunbook(service.id, input.slug))!;
}

export async function updateRunbook({ caller, service: serviceSlug, runbook: slug, input }: { caller: Caller; service: string; runbook: string; input: RunbookInput }): Promise<RunbookRecord> {
  const service = await writableService(caller, serviceSlug);
  const runbook = await findRunbook(service.id, slug);
  if (!runbook || !(await changeRunbook(runbook.id, values(input), caller.actor))) throw notFound(`Service "${serviceSlug}" has no runbook "${slug}"`);
  emitChange({ entity: "runbook", action: "updated", key: `${service.slug}/${input.slug}`, actor: caller.actor.label });
  return (await findRunbook(service.id, input.slug))!;
}

export async function deleteRunbook({ caller, service: serviceSlug, runbook: slug }: { caller: Caller; service: string; runbook: string }): Promise<RunbookRecord> {
  const service = await writableService(caller, serviceSlug);
  const runbook = await findRunbook(service.id, slug);
  if (!runbook || !(await removeRunbook(runbook.id, caller.actor))) throw notFound(`Service "${serviceSlug}" has no runbook "${slug}"`);
  emitChange({ entity: "runbook", action: "deleted", key: `${service.slug}/${slug}`, actor: caller.actor.label });
  return runbook;
}

// What other domains read about SLOs: the SLOs of a set of services, with their status at an instant when asked.
import "server-only";
import { listSloStatusesOfServices, type SloWithStatus } from "@/db/queries/slo-status";
import { listSlos, type SloRecord } from "@/db/queries/slos";

/** The SLOs of the given services (by id, in slug order), without evaluating them: one read, whatever the number of services. */
export async function slosOfServices(serviceIds: readonly number[]): Promise<SloRecord[]> {
  if (!serviceIds.length) return [];
  const wanted = new Set(serviceIds);
  return (await listSlos()).filter((record) => wanted.has(record.serviceId));
}

/** The SLOs of the given services (by id, in slug order) with their status at `atMs`. */
export async function sloStatusesOfServices(serviceIds: readonly number[], atMs: number): Promise<SloWithStatus[]> {
  if (!serviceIds.length) return [];
  return listSloStatusesOfServices(serviceIds, atMs);
}

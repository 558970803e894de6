// What other domains read about SLOs: a service's SLOs, with their status at an instant when asked.
import "server-only";
import { listSloStatuses, type SloWithStatus } from "@/db/queries/slo-status";
import { listSlos, type SloRecord } from "@/db/queries/slos";

/** The SLOs of a service (by slug), without evaluating them. */
export async function serviceSlos(serviceSlug: string): Promise<SloRecord[]> {
  return listSlos({ service: serviceSlug });
}

/** The SLOs of a service (by slug) with their status at `atMs`. */
export async function serviceSloStatuses(serviceSlug: string, atMs: number): Promise<SloWithStatus[]> {
  return listSloStatuses(atMs, { service: serviceSlug });
}

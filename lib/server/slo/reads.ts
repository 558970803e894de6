// What other domains read about SLOs: the SLOs of a set of services, with their status at an instant when asked.
import "server-only";
import { listPeriodBudgetsOfServices } from "@/db/queries/slo-status";
import { listSlos, type SloRecord } from "@/db/queries/slos";

/** The SLOs of the given services (by id, in slug order), without evaluating them: one read, whatever the number of services. */
export async function slosOfServices(serviceIds: readonly number[]): Promise<SloRecord[]> {
  if (!serviceIds.length) return [];
  const wanted = new Set(serviceIds);
  return (await listSlos()).filter((record) => wanted.has(record.serviceId));
}

/**
 * The SLOs of the given services (by id, in slug order) with their period's error budget at `atMs`: the status's
 * periodBudget (the whole period's for calendar windows, the window's own for rolling ones), from two seeks per SLO.
 */
export async function sloBudgetsOfServices(serviceIds: readonly number[], atMs: number): Promise<Awaited<ReturnType<typeof listPeriodBudgetsOfServices>>> {
  if (!serviceIds.length) return [];
  return listPeriodBudgetsOfServices(serviceIds, atMs);
}

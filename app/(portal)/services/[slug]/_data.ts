// The service page's reads, memoised per request: the gate and the SLO table share one evaluation of the service's SLOs.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { gateDecisionOf } from "@/db/queries/deploy-gate";
import { listGateExceptions } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { listSloStatuses } from "@/db/queries/slo-status";

// One instant for every section, so the gate and the table's figures describe the same moment.
export const pageNow = cache(() => nowMs());

export const loadService = cache((slug: string) => findServiceBySlug(slug));

export const loadStatuses = cache((serviceSlug: string) => listSloStatuses(pageNow(), { service: serviceSlug }));

export const loadExceptions = cache((serviceId: number) => listGateExceptions(serviceId));

/** The gate's decision with the exceptions it weighed: the badge and the reasons below it read it once. */
export const loadGate = cache(async (serviceSlug: string, serviceId: number) => {
  const [statuses, exceptions] = await Promise.all([loadStatuses(serviceSlug), loadExceptions(serviceId)]);
  return { gate: gateDecisionOf(statuses, exceptions, pageNow()), exceptions };
});

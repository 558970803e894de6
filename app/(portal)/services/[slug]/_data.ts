// The service page's reads, memoised per request: the gate and the SLO table share one evaluation of the service's SLOs.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { gateDecisionOf } from "@/db/queries/deploy-gate";
import { listGateExceptions } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { listPolicyEvents } from "@/db/queries/slo-history";
import { listSloStatuses } from "@/db/queries/slo-status";
import { gateSince } from "@/lib/slo/gate";

// One instant for every section, so the gate and the table's figures describe the same moment.
export const pageNow = cache(() => nowMs());

export const loadService = cache((slug: string) => findServiceBySlug(slug));

export const loadStatuses = cache((serviceSlug: string) => listSloStatuses(pageNow(), { service: serviceSlug }));

export const loadExceptions = cache((serviceId: number) => listGateExceptions(serviceId));

// Enough recent policy changes per SLO to find when its current freeze began or its last one ended.
const POLICY_CHANGES_PER_SLO = 20;

/** The gate's decision with the exceptions it weighed, its SLOs' names and since when it has been as it is. */
export const loadGate = cache(async (serviceSlug: string, serviceId: number) => {
  const [statuses, exceptions] = await Promise.all([loadStatuses(serviceSlug), loadExceptions(serviceId)]);
  const gate = gateDecisionOf(statuses, exceptions, pageNow());
  const changes = await Promise.all(
    statuses.map(async ({ record }) =>
      (await listPolicyEvents(record.id, POLICY_CHANGES_PER_SLO)).map((e) => ({ slo: record.slug, atMs: e.at.getTime(), fromState: e.fromState, toState: e.toState })),
    ),
  );
  const blocking = [...new Set(gate.reasons.filter((r) => r.rule !== "warm_up" && r.rule !== "exception").map((r) => r.slo))];
  const names = new Map(statuses.map(({ record }) => [record.slug, record.name]));
  return { gate, exceptions, sinceMs: gateSince(gate, blocking, changes.flat()), names };
});

// Flattens SLO statuses into table rows.
import type { SloRow } from "@/components/slo/slo-table";
import type { SloRecord } from "@/db/queries/slos";
import type { SloStatusResult } from "./status";

export function toSloRow({ record, status }: { record: SloRecord; status: SloStatusResult }): SloRow {
  return {
    slug: record.slug,
    name: record.name,
    service: record.serviceSlug,
    serviceName: record.serviceName,
    team: record.teamSlug,
    segment: record.segment,
    target: record.target,
    sli: status.sli,
    remaining: status.errorBudget.remaining,
    burn1h: status.burnRates["1h"],
    status: status.status,
    policy: status.policy.state,
    tier: record.serviceTier,
  };
}

const STATUS_ORDER: Record<string, number> = { breached: 0, at_risk: 1, healthy: 2, no_data: 3 };

/** Trouble first: breached, at risk, then the least budget left. */
export function byTrouble(a: SloRow, b: SloRow): number {
  return (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || a.remaining - b.remaining || a.name.localeCompare(b.name);
}

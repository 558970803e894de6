// Flattens SLO statuses into table rows.
import type { SloRow } from "@/components/slo/slo-table";
import type { SloRecord } from "@/db/queries/slos";
import { periodBudgetWords } from "./period";
import type { SloStatusResult } from "./status";
import type { SloWindow } from "./types";

// windowOf in db/queries/slos.ts is server-only, and the overview's client bundle imports this file.
function windowOfRecord(record: SloRecord): SloWindow {
  if (record.windowKind === "rolling") return { kind: "rolling", days: record.windowDays ?? 30 };
  return { kind: "calendar", unit: record.calendarUnit ?? "month", timeZone: record.timeZone };
}

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
    budgetLeft: status.periodBudget.remaining,
    period: periodBudgetWords({
      window: windowOfRecord(record),
      windowStartMs: status.windowFromMs,
      atMs: status.atMs,
      errorBudget: status.errorBudget,
      periodBudget: status.periodBudget,
      hasData: status.sli !== null,
    }),
    stale: status.stale,
    lastDataAt: status.lastDataAtMs === null ? null : new Date(status.lastDataAtMs).toISOString(),
    burn1h: status.burnRates["1h"],
    status: status.status,
    policy: status.policy.state,
    tier: record.serviceTier,
  };
}

const STATUS_ORDER: Record<string, number> = { breached: 0, at_risk: 1, healthy: 2, no_data: 3 };

/** The budget left that the row shows: the period's for calendar SLOs, the window's otherwise. */
export const shownBudgetLeft = (row: SloRow): number => row.budgetLeft ?? row.remaining;

/** Trouble first: breached, at risk, then the least budget left as the row shows it. */
export function byTrouble(a: SloRow, b: SloRow): number {
  return (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || shownBudgetLeft(a) - shownBudgetLeft(b) || a.name.localeCompare(b.name);
}

// Flattens SLO statuses into table rows.
import type { CalendarUnit, SloWindow } from "../types";
import { periodBudgetWords, type PeriodBudgetWords } from "../period";
import type { SloStatusResult } from "../status";

/** One SLO as the tables show it: screen-shaped, built from a status by toSloRow. */
export type SloRow = {
  slug: string;
  name: string;
  service: string;
  serviceName: string;
  team: string;
  segment: string | null;
  target: number;
  sli: number | null;
  remaining: number;
  /** Calendar SLOs: the period budget left, which the row leads with; rolling SLOs: `remaining`. Sorting uses it. */
  budgetLeft?: number;
  /** Calendar SLOs with data: the period-budget headline and the so-far line (lib/slo/period.ts). */
  period?: PeriodBudgetWords | null;
  /** The SLO's data is older than its staleness limit: the status is shown with "Data missing". */
  stale?: boolean;
  lastDataAt?: string | null;
  burn1h: number;
  status: string;
  policy: string;
  /** While the SLO is in its warm-up, the ISO instant it ends: the policy state is advisory until then. */
  warmUpUntil?: string | null;
  /** The service's tier, where the caller knows it. */
  tier?: number;
  /** Error budget left over the last days (see lib/slo/sparkline.ts), where the page shows sparklines. */
  trend?: (number | null)[];
  /** Why the SLO is in trouble (the overview's trouble list). */
  why?: string;
  /** ISO instant the budget runs out at the 1-day burn rate, "spent" when it already has, null when not at this rate. */
  runsOutAt?: string | null;
};

/** What a row needs of a stored SLO and its service and team. */
export type SloRowSource = {
  slug: string;
  name: string;
  serviceSlug: string;
  serviceName: string;
  teamSlug: string;
  segment: string | null;
  target: number;
  windowKind: "rolling" | "calendar";
  windowDays: number | null;
  calendarUnit: CalendarUnit | null;
  timeZone: string;
  serviceTier: number;
};

// windowOf in db/queries/slos.ts is server-only, and the overview's client bundle imports this file.
function windowOfRecord(record: SloRowSource): SloWindow {
  if (record.windowKind === "rolling") return { kind: "rolling", days: record.windowDays ?? 30 };
  return { kind: "calendar", unit: record.calendarUnit ?? "month", timeZone: record.timeZone };
}

export function toSloRow({ record, status }: { record: SloRowSource; status: SloStatusResult }): SloRow {
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
    warmUpUntil: status.warmUpUntilMs === null ? null : new Date(status.warmUpUntilMs).toISOString(),
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

// SLO status at an instant, read from the running sums: a handful of index seeks per SLO, never a window scan.
import "server-only";
import { computePeriodBudget, computeSloStatus, statusToJson, type SloStatusResult } from "@/lib/slo/status";
import type { ErrorBudget } from "@/lib/slo/math";
import { effectivePolicy, type BudgetPolicy } from "@/lib/slo/policy";
import { subtractAggregates } from "@/lib/slo/math";
import { rollingRecoveryAt } from "@/lib/slo/recovery";
import { getOrgBudgetPolicy } from "./settings";
import { BURN_WINDOWS } from "@/lib/slo/types";
import { burnWindowBounds, truncateToMinute, windowBounds } from "@/lib/slo/windows";
import { seriesInstants } from "@/lib/slo/series";
import { cumulativeBeforeSync, firstDataMinuteSync, firstSliMinuteFrom, seekBoundariesSync } from "./sli";
import { definitionOf, findSloBySlug, listSlos, windowOf, type SloFilter, type SloRecord } from "./slos";

const MS_PER_MINUTE = 60_000;

function statusOf(record: SloRecord, atMs: number, orgPolicy: BudgetPolicy): SloStatusResult {
  // Boundaries repeat across windows (every window ends at t): remember each seek, and fetch the
  // window's and burn windows' boundaries together in one statement.
  const seen = new Map<number, ReturnType<typeof cumulativeBeforeSync>>();
  const toMs = truncateToMinute(atMs);
  // The extra boundary t + 1 minute finds the newest minute with data at or before t in the same statement.
  const lastDataBoundary = toMs / MS_PER_MINUTE + 1;
  // And a row before t − warm-up shows the data began before the warm-up, with no further read.
  const warmUpHours = effectivePolicy(orgPolicy, record.policy).warmUpHours;
  const warmUpBoundary = toMs / MS_PER_MINUTE - warmUpHours * 60;
  const boundaries = [
    ...new Set([toMs, windowBounds(windowOf(record), atMs).fromMs, ...BURN_WINDOWS.map((w) => burnWindowBounds(w, atMs).fromMs)].map((ms) => ms / MS_PER_MINUTE)),
    warmUpBoundary,
    lastDataBoundary,
  ];
  const { aggregates, rowMinutes } = seekBoundariesSync(record.id, boundaries);
  aggregates.forEach((aggregate, i) => seen.set(boundaries[i]!, aggregate));
  const lastMinute = rowMinutes[rowMinutes.length - 1];
  const lastDataAtMs = lastMinute == null ? null : lastMinute * MS_PER_MINUTE;
  const dataBeforeWarmUp = warmUpHours <= 0 || rowMinutes[rowMinutes.length - 2] != null;
  const firstMinute = lastDataAtMs === null || dataBeforeWarmUp ? null : firstDataMinuteSync(record.id);
  const firstDataAtMs = firstMinute == null ? null : firstMinute * MS_PER_MINUTE;
  const before = (minute: number) => {
    let aggregate = seen.get(minute);
    if (!aggregate) {
      aggregate = cumulativeBeforeSync(record.id, minute);
      seen.set(minute, aggregate);
    }
    return aggregate;
  };
  return computeSloStatus(definitionOf(record), atMs, ({ fromMs, toMs }) => subtractAggregates(before(toMs / MS_PER_MINUTE), before(fromMs / MS_PER_MINUTE)), orgPolicy, lastDataAtMs, firstDataAtMs);
}

export type SloWithStatus = { record: SloRecord; status: SloStatusResult };

export async function listSloStatuses(atMs: number, filter: SloFilter = {}): Promise<SloWithStatus[]> {
  const [records, orgPolicy] = await Promise.all([listSlos(filter), getOrgBudgetPolicy()]);
  return records.map((record) => ({ record, status: statusOf(record, atMs, orgPolicy) }));
}

/** The SLOs of the given services (in slug order) with their period's error budget at `atMs` (the status's periodBudget): two seeks per SLO. */
export async function listPeriodBudgetsOfServices(serviceIds: readonly number[], atMs: number): Promise<{ record: SloRecord; periodBudget: ErrorBudget }[]> {
  const wanted = new Set(serviceIds);
  return (await listSlos())
    .filter((record) => wanted.has(record.serviceId))
    .map((record) => {
      const { fromMs, toMs } = windowBounds(windowOf(record), atMs);
      const minutes = [toMs / MS_PER_MINUTE, fromMs / MS_PER_MINUTE];
      const { aggregates } = seekBoundariesSync(record.id, minutes);
      // A boundary the batched seek left without a row is read on its own, as the full status does.
      const [to, from] = minutes.map((minute, i) => aggregates[i] ?? cumulativeBeforeSync(record.id, minute));
      return { record, periodBudget: computePeriodBudget(definitionOf(record), atMs, () => subtractAggregates(to!, from!)) };
    });
}

export async function getSloStatus(slug: string, atMs: number): Promise<SloWithStatus | undefined> {
  const record = await findSloBySlug(slug);
  if (!record) return undefined;
  return { record, status: statusOf(record, atMs, await getOrgBudgetPolicy()) };
}

/** Error budget left at each instant, null where the window held no data yet: the service page's sparklines. */
export async function budgetTrends(records: readonly SloRecord[], instants: readonly number[]): Promise<Map<number, (number | null)[]>> {
  const orgPolicy = await getOrgBudgetPolicy();
  return new Map(
    records.map((record) => [
      record.id,
      instants.map((t) => {
        const status = statusOf(record, t, orgPolicy);
        return status.status === "no_data" ? null : status.errorBudget.remaining;
      }),
    ]),
  );
}

export function sloStatusJson({ record, status }: SloWithStatus) {
  return {
    ...statusToJson(definitionOf(record), status),
    serviceName: record.serviceName,
    description: record.description,
    sliKind: record.sliKind,
    segment: record.segment,
    latencyThresholdMs: record.latencyThresholdMs,
    timesliceTarget: record.timesliceTarget,
    incidentOnPage: record.incidentOnPage,
    incidentOnStale: record.incidentOnStale,
  };
}

/** Status snapshots for charts (SLI, budget remaining, burn rates), at the instants seriesInstants lays out. */
export async function sloSeries(record: SloRecord, fromMs: number, toMs: number, stepMs: number) {
  const orgPolicy = await getOrgBudgetPolicy();
  // Only a line that starts inside the range needs the point where it starts; one holding data at its start has it.
  const firstMinute = statusOf(record, fromMs, orgPolicy).sli === null ? firstSliMinuteFrom(record.id, Math.ceil(fromMs / MS_PER_MINUTE)) : null;
  const points = [];
  for (const t of seriesInstants(fromMs, toMs, stepMs, firstMinute === null ? null : firstMinute * MS_PER_MINUTE)) {
    const status = statusOf(record, t, orgPolicy);
    points.push({
      t: new Date(status.atMs).toISOString(),
      sli: status.sli,
      budgetRemaining: status.errorBudget.remaining,
      burnRates: status.burnRates,
      status: status.status,
      stale: status.stale,
      policy: status.policy.state,
    });
  }
  return points;
}

/**
 * When an overspent rolling SLO's budget is back above zero with no new bad events (lib/slo/recovery.ts):
 * up to ~800 seeks, so the SLO page asks for it alone, never a list. Null for calendar windows (they reset).
 */
export async function rollingRecovery(record: SloRecord, atMs: number): Promise<number | null> {
  const window = windowOf(record);
  if (window.kind !== "rolling") return null;
  // Every probe's window ends at t: remember that boundary's sums.
  const seen = new Map<number, ReturnType<typeof cumulativeBeforeSync>>();
  const before = (ms: number) => {
    let aggregate = seen.get(ms);
    if (!aggregate) {
      aggregate = cumulativeBeforeSync(record.id, ms / MS_PER_MINUTE);
      if (seen.size < 4) seen.set(ms, aggregate);
    }
    return aggregate;
  };
  return rollingRecoveryAt({
    method: record.budgetingMethod,
    target: record.target,
    windowDays: window.days,
    atMs,
    read: ({ fromMs, toMs }) => subtractAggregates(before(toMs), before(fromMs)),
  });
}

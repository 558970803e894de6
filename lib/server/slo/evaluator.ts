// The evaluator: every minute, computes every SLO's status and records alert, policy and data-freshness changes.
import "server-only";
import { recordEvaluations } from "@/db/queries/slo-history";
import { listSloStatuses } from "@/db/queries/slo-status";
import { deleteSliBefore } from "@/db/queries/sli-write";
import { sloEvents } from "@/lib/slo/events";
import { sliRetentionDays } from "@/lib/slo/ingest-schema";

export type EvaluationSummary = {
  at: Date;
  slos: number;
  alertsFired: number;
  alertsResolved: number;
  policyChanges: number;
  /** SLI-data-missing episodes opened and closed on this tick. */
  dataMissing: number;
  dataRestored: number;
  durationMs: number;
};

export async function evaluateAll(atMs = Date.now()): Promise<EvaluationSummary> {
  const started = performance.now();
  const statuses = await listSloStatuses(atMs);
  const summary: EvaluationSummary = { at: new Date(atMs), slos: statuses.length, alertsFired: 0, alertsResolved: 0, policyChanges: 0, dataMissing: 0, dataRestored: 0, durationMs: 0 };
  const allChanges = await recordEvaluations(statuses);
  for (const changes of allChanges) {
    for (const alert of changes.alerts) {
      if (alert.kind === "fired") summary.alertsFired++;
      else summary.alertsResolved++;
      sloEvents.emit("alert", alert);
    }
    if (changes.data) {
      if (changes.data.kind === "data_missing") summary.dataMissing++;
      else summary.dataRestored++;
      sloEvents.emit("data", changes.data);
    }
    if (changes.policy) {
      summary.policyChanges++;
      sloEvents.emit("policy", changes.policy);
    }
  }
  summary.durationMs = performance.now() - started;
  return summary;
}

/** Drops minute data older than the retention (KEEL_SLI_RETENTION_DAYS, default 400 days). */
export async function pruneSliData(atMs = Date.now()): Promise<number> {
  const cutoffMinute = Math.floor((atMs - sliRetentionDays() * 86_400_000) / 60_000);
  return deleteSliBefore(cutoffMinute);
}

const globalForEvaluator = globalThis as unknown as { keelEvaluator?: NodeJS.Timeout; keelLastPrune?: number };

/**
 * Starts the once-a-minute loop in this process (the server's start hook calls it unless KEEL_EVALUATOR=off).
 * `beforeEvaluate` runs first on each tick (the demo's live traffic); its failure does not stop the evaluation.
 */
export function startEvaluator(intervalMs = 60_000, { beforeEvaluate }: { beforeEvaluate?: (nowMs: number) => Promise<unknown> } = {}): void {
  if (globalForEvaluator.keelEvaluator) return;
  const tick = () => {
    const prepared = beforeEvaluate ? beforeEvaluate(Date.now()).catch((error: unknown) => console.error("evaluator: preparing the tick failed", error)) : Promise.resolve();
    prepared.then(() => evaluateAll()).catch((error: unknown) => console.error("evaluator: evaluation failed", error));
    // Retention once an hour is plenty: the cut-off moves a minute at a time.
    const now = Date.now();
    if (!globalForEvaluator.keelLastPrune || now - globalForEvaluator.keelLastPrune > 3_600_000) {
      globalForEvaluator.keelLastPrune = now;
      pruneSliData(now).catch((error: unknown) => console.error("evaluator: pruning old SLI data failed", error));
    }
  };
  // Align to just after each minute boundary, when the last minute's data has usually arrived.
  const delay = intervalMs - (Date.now() % intervalMs) + 5_000;
  const timer = setTimeout(() => {
    tick();
    globalForEvaluator.keelEvaluator = setInterval(tick, intervalMs);
    globalForEvaluator.keelEvaluator.unref();
  }, delay);
  timer.unref();
  globalForEvaluator.keelEvaluator = timer;
}

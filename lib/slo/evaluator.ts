// The evaluator: every minute, computes every SLO's status and records alert and policy changes.
import "server-only";
import { recordEvaluations } from "@/db/queries/slo-history";
import { listSloStatuses } from "@/db/queries/slo-status";
import { sloEvents } from "./events";

export type EvaluationSummary = { at: Date; slos: number; alertsFired: number; alertsResolved: number; policyChanges: number; durationMs: number };

export async function evaluateAll(atMs = Date.now()): Promise<EvaluationSummary> {
  const started = performance.now();
  const statuses = await listSloStatuses(atMs);
  const summary: EvaluationSummary = { at: new Date(atMs), slos: statuses.length, alertsFired: 0, alertsResolved: 0, policyChanges: 0, durationMs: 0 };
  const allChanges = await recordEvaluations(statuses);
  for (const changes of allChanges) {
    for (const alert of changes.alerts) {
      if (alert.kind === "fired") summary.alertsFired++;
      else summary.alertsResolved++;
      sloEvents.emit("alert", alert);
    }
    if (changes.policy) {
      summary.policyChanges++;
      sloEvents.emit("policy", changes.policy);
    }
  }
  summary.durationMs = performance.now() - started;
  return summary;
}

const globalForEvaluator = globalThis as unknown as { keelEvaluator?: NodeJS.Timeout };

/** Starts the once-a-minute loop in this process (the server's start hook calls it unless KEEL_EVALUATOR=off). */
export function startEvaluator(intervalMs = 60_000): void {
  if (globalForEvaluator.keelEvaluator) return;
  const tick = () => {
    evaluateAll().catch((error: unknown) => console.error("evaluator: evaluation failed", error));
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

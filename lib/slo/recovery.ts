// When an overspent rolling window's budget is back above zero if no bad events occur from now on.
import { computeErrorBudget, computeSli, type WindowAggregate } from "./math";
import type { AggregateReader } from "./status";
import type { BudgetingMethod } from "./types";
import { truncateToMinute } from "./windows";

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
// A 30-day window is probed hourly (720 seeks), longer windows more coarsely; the last step is then walked minute by minute.
const MAX_COARSE_PROBES = 720;
// "Above zero" by more than rounding: at exactly the allowance, float noise must not read as recovered.
const EPSILON = 1e-9;

/**
 * The first minute s > t at which the rolling window [s − W, s) has budget left (remaining > 0), assuming
 * that from t on every event is good and traffic keeps the window's average rate (events and minutes with
 * data per minute). Old minutes leave the window as s moves, so the answer is at most t + W. Null when the
 * budget is not overspent at t or the window holds no data.
 */
export function rollingRecoveryAt(input: { method: BudgetingMethod; target: number; windowDays: number; atMs: number; read: AggregateReader }): number | null {
  const { method, target, read } = input;
  const toMs = truncateToMinute(input.atMs);
  const windowMs = input.windowDays * MS_PER_DAY;
  const current = read({ fromMs: toMs - windowMs, toMs });
  if (current.total <= 0) return null;
  if (computeErrorBudget(computeSli(current, method), target).remaining > 0) return null;
  const windowMinutes = windowMs / MS_PER_MINUTE;
  const eventsPerMinute = current.total / windowMinutes;
  const slicesPerMinute = current.slices / windowMinutes;
  const recoveredAt = (sMs: number): boolean => {
    const old = read({ fromMs: sMs - windowMs, toMs });
    const minutesAhead = (sMs - toMs) / MS_PER_MINUTE;
    const events = eventsPerMinute * minutesAhead;
    const slices = slicesPerMinute * minutesAhead;
    const window: WindowAggregate = { good: old.good + events, total: old.total + events, slices: old.slices + slices, goodSlices: old.goodSlices + slices, ratioSum: old.ratioSum + slices };
    return computeErrorBudget(computeSli(window, method), target).remaining > EPSILON;
  };
  const stepMs = Math.max(MS_PER_HOUR, Math.ceil(windowMs / MAX_COARSE_PROBES / MS_PER_MINUTE) * MS_PER_MINUTE);
  for (let probeMs = toMs + stepMs; ; probeMs += stepMs) {
    const endMs = Math.min(probeMs, toMs + windowMs);
    if (endMs === toMs + windowMs || recoveredAt(endMs)) {
      for (let minuteMs = endMs - stepMs + MS_PER_MINUTE; minuteMs < endMs; minuteMs += MS_PER_MINUTE) {
        if (minuteMs > toMs && recoveredAt(minuteMs)) return minuteMs;
      }
      return endMs;
    }
  }
}

// How much of an SLO's error budget an incident burned, from the SLO engine's window aggregates.
//
// Definition (docs/incident-impact.md): the incident's interval is [startedAt, resolvedAt ?? now), widened to whole
// minute buckets (a bucket counts when it overlaps the interval). The SLO's window is the one that ends with the
// incident's last bucket (windowBounds at the end, rounded up to the minute), so its budget is the one the SLO's status
// showed when the incident ended. The incident's buckets are clipped to that window: what fell before a calendar
// window's start burned the previous period's budget, not this one's.
//
//   burned = bad events in the incident's buckets / the window's whole allowance
//   occurrences:      bad = Σ(total − good)        allowance = (1 − target) × Σtotal of the window
//   timeslices:       bad = bad slices             allowance = (1 − target) × slices with data in the window
//   ratioTimeslices:  bad = Σ(1 − good/total)      allowance = (1 − target) × slices with data in the window
//
// So the incident's share and the rest of the window's bad events add up to the SLO's "budget consumed". No traffic in
// the interval burns 0; a window without data has no allowance, and then nothing is burned either (null: unknown).
import type { WindowAggregate } from "@/lib/slo/math";
import type { BudgetingMethod, SloWindow } from "@/lib/slo/types";
import { windowBounds } from "@/lib/slo/windows";

const MS_PER_MINUTE = 60_000;

export type MinuteSpan = { fromMinute: number; toMinute: number };

/** The minute buckets to read: the incident's (clipped to the window) and the window's, both [from, to) in epoch minutes. */
export function impactSpans(interval: { startedAt: Date; endedAt: Date }, window: SloWindow): { incident: MinuteSpan; window: MinuteSpan } {
  const endMinute = Math.ceil(interval.endedAt.getTime() / MS_PER_MINUTE);
  const startMinute = Math.floor(interval.startedAt.getTime() / MS_PER_MINUTE);
  const bounds = windowBounds(window, endMinute * MS_PER_MINUTE);
  const windowSpan = { fromMinute: Math.floor(bounds.fromMs / MS_PER_MINUTE), toMinute: Math.floor(bounds.toMs / MS_PER_MINUTE) };
  const fromMinute = Math.min(Math.max(startMinute, windowSpan.fromMinute), windowSpan.toMinute);
  // windowBounds truncates to the minute, so the window ends exactly at the incident's last bucket.
  return { incident: { fromMinute, toMinute: windowSpan.toMinute }, window: windowSpan };
}

function badOf(agg: WindowAggregate, method: BudgetingMethod): number {
  if (method === "occurrences") return agg.total - agg.good;
  if (method === "timeslices") return agg.slices - agg.goodSlices;
  // Prefix-sum subtraction of the float ratio sum can drift a hair below 0.
  return Math.max(0, agg.slices - agg.ratioSum);
}

function allowanceOf(agg: WindowAggregate, method: BudgetingMethod, target: number): number {
  return (1 - target) * (method === "occurrences" ? agg.total : agg.slices);
}

/** The share of the window's error budget (1 = all of it) the incident's buckets burned; null when the window has no data. */
export function budgetBurned({ incident, window, method, target }: { incident: WindowAggregate; window: WindowAggregate; method: BudgetingMethod; target: number }): number | null {
  if (!(target > 0 && target < 1)) throw new RangeError(`target must be in (0, 1), got ${target}`);
  const allowance = allowanceOf(window, method, target);
  if (allowance <= 0) return null;
  return badOf(incident, method) / allowance;
}

/** Whole minutes from the start to the resolution (or to now for an unresolved incident). */
export function durationMinutes(interval: { startedAt: Date; endedAt: Date }): number {
  return Math.max(0, Math.round((interval.endedAt.getTime() - interval.startedAt.getTime()) / MS_PER_MINUTE));
}

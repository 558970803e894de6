// Game days and drills: the scenarios offered when planning one, and the timings Keel measures when it runs.
import { meanMedian, type MeanMedian } from "./analytics";

/** Scenarios from the streaming case study's game days, offered as starting points; people may write their own. */
export const DRILL_SCENARIOS = [
  { title: "Partial CDN outage", scenario: "A share of edge nodes stop serving video segments; requests fail over to the remaining nodes and the origin.", hypothesis: "Edge error alerts page the on-call within 5 minutes and the failover runbook restores playback within 30 minutes." },
  { title: "Upstream service timeout", scenario: "An upstream dependency starts answering after 30 s instead of 200 ms; callers' requests time out.", hypothesis: "Latency SLO burn-rate alerts fire, the team identifies the slow dependency from traces and sheds or degrades gracefully." },
] as const;

export type DrillInstants = {
  faultInjectedAt: Date | null;
  /** When the drill's incident was triggered (its startedAt). */
  triggeredAt: Date | null;
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
};

export type DrillTimings = {
  /** Fault injected → incident triggered. */
  detectMinutes: number | null;
  /** Triggered → acknowledged. */
  acknowledgeMinutes: number | null;
  /** Triggered → escalated to the owning team's on-call. */
  escalateMinutes: number | null;
  /** Triggered → resolved. */
  resolveMinutes: number | null;
};

const minutes = (from: Date | null, to: Date | null) => (from && to ? (to.getTime() - from.getTime()) / 60_000 : null);

export function drillTimings(d: DrillInstants): DrillTimings {
  return {
    detectMinutes: minutes(d.faultInjectedAt, d.triggeredAt),
    acknowledgeMinutes: minutes(d.triggeredAt, d.acknowledgedAt),
    escalateMinutes: minutes(d.triggeredAt, d.escalatedAt),
    resolveMinutes: minutes(d.triggeredAt, d.resolvedAt),
  };
}

export type DrillTimingSummary = { drills: number; detect: MeanMedian; acknowledge: MeanMedian; escalate: MeanMedian; resolve: MeanMedian };

/** Mean and median of each timing over the drills that reached it. */
export function summarizeDrillTimings(timings: readonly DrillTimings[]): DrillTimingSummary {
  const of = (key: keyof DrillTimings) => meanMedian(timings.flatMap((t) => (t[key] === null ? [] : [t[key]])));
  return { drills: timings.length, detect: of("detectMinutes"), acknowledge: of("acknowledgeMinutes"), escalate: of("escalateMinutes"), resolve: of("resolveMinutes") };
}

// The Drills page's rows: each drill with its timings, a summary per service, and the chart's points in run order.
import { drillTimings, summarizeDrillTimings, type DrillTimings, type DrillTimingSummary } from "../drills";

export type DrillSource = {
  id: number;
  title: string;
  status: string;
  scheduledAt: Date;
  serviceSlug: string;
  serviceName: string;
  faultInjectedAt: Date | null;
  runbookFollowed: string | null;
  incident: { number: number; startedAt: Date; acknowledgedAt: Date | null; escalatedAt: Date | null; resolvedAt: Date | null } | null;
};

export type DrillRow = { id: number; title: string; status: string; scheduledAt: Date; service: string; serviceName: string; incident: number | null; runbookFollowed: string | null; timings: DrillTimings };

export function drillRow(drill: DrillSource): DrillRow {
  const i = drill.incident;
  return {
    id: drill.id,
    title: drill.title,
    status: drill.status,
    scheduledAt: drill.scheduledAt,
    service: drill.serviceSlug,
    serviceName: drill.serviceName,
    incident: i?.number ?? null,
    runbookFollowed: drill.runbookFollowed,
    timings: drillTimings({ faultInjectedAt: drill.faultInjectedAt, triggeredAt: i?.startedAt ?? null, acknowledgedAt: i?.acknowledgedAt ?? null, escalatedAt: i?.escalatedAt ?? null, resolvedAt: i?.resolvedAt ?? null }),
  };
}

export type ServiceDrillSummary = DrillTimingSummary & { service: string; serviceName: string; lastRunAt: Date | null; runbookFollowed: { yes: number; partly: number; no: number } };

/** Per service, over the drills that ran (running or completed): how many, their mean/median timings, the last run. */
export function summarizeByService(drills: readonly DrillSource[]): ServiceDrillSummary[] {
  const ran = drills.filter((d) => d.incident !== null);
  const services = [...new Set(ran.map((d) => d.serviceSlug))].sort();
  return services.map((service) => {
    const own = ran.filter((d) => d.serviceSlug === service);
    const followed = { yes: 0, partly: 0, no: 0 };
    for (const d of own) if (d.runbookFollowed === "yes" || d.runbookFollowed === "partly" || d.runbookFollowed === "no") followed[d.runbookFollowed] += 1;
    return {
      service,
      serviceName: own[0]!.serviceName,
      ...summarizeDrillTimings(own.map((d) => drillRow(d).timings)),
      lastRunAt: new Date(Math.max(...own.map((d) => d.incident!.startedAt.getTime()))),
      runbookFollowed: followed,
    };
  });
}

/** The chart's points: drills that ran, oldest run first. */
export function timingPoints(drills: readonly DrillSource[]): { key: number; at: Date; service: string; detect: number | null; acknowledge: number | null; escalate: number | null }[] {
  return drills
    .filter((d) => d.incident !== null)
    .sort((a, b) => a.incident!.startedAt.getTime() - b.incident!.startedAt.getTime())
    .map((d) => {
      const { timings } = drillRow(d);
      return { key: d.id, at: d.incident!.startedAt, service: d.serviceSlug, detect: timings.detectMinutes, acknowledge: timings.acknowledgeMinutes, escalate: timings.escalateMinutes };
    });
}

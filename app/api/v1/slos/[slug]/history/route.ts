// GET /api/v1/slos/{slug}/history?from=&to=: alert episodes, deployments, incidents and policy changes in a range (default: the current window).
import { NextResponse } from "next/server";
import { windowOf } from "@/db/queries/slos";
import { getSloTimeline } from "@/db/queries/slo-timeline";
import { badRequest } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { sloOfParams } from "@/lib/api/slo-param";
import type { SloHistoryResponse } from "@/lib/slo/view/chart-data";
import { windowBounds } from "@/lib/slo/windows";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.sloHistory, async ({ query, params }) => {
  const slo = await sloOfParams(params);
  const { slug } = slo;
  const to = query.to ?? Date.now();
  const from = query.from ?? windowBounds(windowOf(slo), to).fromMs;
  if (from >= to) throw badRequest("from: must be before to", "from");
  const timeline = await getSloTimeline({ sloId: slo.id, serviceId: slo.serviceId, from: new Date(from), to: new Date(to) });
  const body: SloHistoryResponse = {
    slug,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    alerts: timeline.alerts.map((a) => ({
      severity: a.severity,
      longWindow: a.longWindow,
      shortWindow: a.shortWindow,
      threshold: a.threshold,
      firedAt: a.firedAt.toISOString(),
      resolvedAt: a.resolvedAt ? a.resolvedAt.toISOString() : null,
      peakBurnRate: a.peakBurnRate,
    })),
    deployments: timeline.deployments.map((d) => ({ version: d.version, description: d.description, at: d.at.toISOString() })),
    policy: timeline.policy.map((p) => ({ at: p.at.toISOString(), from: p.fromState, to: p.toState, reasons: p.reasons })),
    incidents: timeline.incidents.map((i) => ({ number: i.number, title: i.title, severity: i.severity, startedAt: i.startedAt.toISOString(), resolvedAt: i.resolvedAt ? i.resolvedAt.toISOString() : null })),
    truncated: timeline.truncated,
  };
  return NextResponse.json(body);
});

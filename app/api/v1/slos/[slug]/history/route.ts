// GET /api/v1/slos/{slug}/history?from=&to=: alert episodes, deployments and policy changes in a range (default: the current window).
import { NextResponse } from "next/server";
import { windowOf } from "@/db/queries/slos";
import { getSloTimeline } from "@/db/queries/slo-timeline";
import { badRequest } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { sloFromRoute, type SloRouteContext } from "@/lib/slo/api-helpers";
import { parseInstant } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";
import type { SloHistoryResponse } from "@/lib/slo/chart-data";
import { windowBounds } from "@/lib/slo/windows";

export const dynamic = "force-dynamic";


export const GET = apiHandler<SloRouteContext>(async (request, context) => {
  await requireScope(request, "read");
  const slo = await sloFromRoute(context);
  const { slug } = slo;
  const url = new URL(request.url);
  const to = url.searchParams.has("to") ? parseInstant(url.searchParams.get("to"), "to") : Date.now();
  const from = url.searchParams.has("from") ? parseInstant(url.searchParams.get("from"), "from") : windowBounds(windowOf(slo), to).fromMs;
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
    truncated: timeline.truncated,
  };
  return NextResponse.json(body);
});

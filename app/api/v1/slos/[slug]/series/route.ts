import { NextResponse } from "next/server";
import { sloSeries } from "@/db/queries/slo-status";
import { badRequest } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { sloFromRoute, type SloRouteContext } from "@/lib/slo/api-helpers";
import { parseInstant } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";
import { parseStep, MAX_SERIES_POINTS } from "@/lib/slo/series";

export const dynamic = "force-dynamic";


export const GET = apiHandler<SloRouteContext>(async (request, context) => {
  await requireScope(request, "read");
  const slo = await sloFromRoute(context);
  const { slug } = slo;
  const url = new URL(request.url);
  const now = Date.now();
  const to = url.searchParams.has("to") ? parseInstant(url.searchParams.get("to"), "to") : now;
  const from = url.searchParams.has("from") ? parseInstant(url.searchParams.get("from"), "from") : to - 86_400_000;
  if (from >= to) throw badRequest("from: must be before to", "from");
  const stepMs = parseStep(url.searchParams.get("step"), to - from);
  if ((to - from) / stepMs > MAX_SERIES_POINTS) throw badRequest(`step: gives more than ${MAX_SERIES_POINTS} points; use a larger step`, "step");
  const points = await sloSeries(slo, from, to, stepMs);
  return NextResponse.json({ slug, from: new Date(from).toISOString(), to: new Date(to).toISOString(), stepSeconds: stepMs / 1000, points });
});

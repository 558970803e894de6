import { NextResponse } from "next/server";
import { findSloBySlug } from "@/db/queries/slos";
import { sloSeries } from "@/db/queries/slo-status";
import { badRequest, notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { parseInstant } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";
import { parseStep, MAX_SERIES_POINTS } from "@/lib/slo/series";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export const GET = apiHandler<Context>(async (request, { params }) => {
  await requireScope(request, "read");
  const { slug } = await params;
  const slo = await findSloBySlug(slug);
  if (!slo) throw notFound(`No SLO with slug "${slug}"`);
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

import { NextResponse } from "next/server";
import { sloSeries } from "@/db/queries/slo-status";
import { badRequest } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { sloOfParams } from "@/lib/api/slo-param";
import { parseStep, MAX_SERIES_POINTS } from "@/lib/slo/series";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.sloSeries, async ({ query, params }) => {
  const slo = await sloOfParams(params);
  const to = query.to ?? Date.now();
  const from = query.from ?? to - 86_400_000;
  if (from >= to) throw badRequest("from: must be before to", "from");
  const step = parseStep(query.step ?? null, to - from);
  if (!step.ok) throw badRequest(`step: ${step.message}`, "step");
  const stepMs = step.ms;
  if ((to - from) / stepMs > MAX_SERIES_POINTS) throw badRequest(`step: gives more than ${MAX_SERIES_POINTS} points; use a larger step`, "step");
  const points = await sloSeries(slo, from, to, stepMs);
  return NextResponse.json({ slug: slo.slug, from: new Date(from).toISOString(), to: new Date(to).toISOString(), stepSeconds: stepMs / 1000, points });
});

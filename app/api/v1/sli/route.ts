// POST /api/v1/sli: minute SLI points from exporters and pipelines, validated in full, then written in one transaction.
import { NextResponse } from "next/server";
import { resolveSlos } from "@/db/queries/sli";
import { writeSliPoints } from "@/db/queries/sli-write";
import { MiB, readJsonBody } from "@/lib/api/body";
import { ApiError, badRequest } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { parseSliIngestBody, parseSliMode, sloSlugsOf } from "@/lib/slo/ingest-schema";

const SLI_BODY_LIMIT = 16 * MiB;

// No audit entry: points are data, not a change of configuration, and would drown the trail.
export const POST = apiHandler(async (request) => {
  await requireScope(request, "ingest");
  const mode = parseSliMode(new URL(request.url).searchParams.get("mode"));
  if (!mode) throw badRequest('mode: must be "replace" (the default) or "add"', "mode");
  const body = await readJsonBody(request, SLI_BODY_LIMIT);
  // One query for every slug of the batch, so the validator can name the first unknown one in order.
  const slos = await resolveSlos(sloSlugsOf(body));
  const parsed = parseSliIngestBody(body, { resolveSlo: (slug) => slos.get(slug)?.id });
  if (!parsed.ok) throw new ApiError(parsed.code, parsed.message, parsed.field);
  const timesliceTargets = new Map<number, number | null>();
  for (const { id, timesliceTarget } of slos.values()) timesliceTargets.set(id, timesliceTarget);
  const accepted = await writeSliPoints(parsed.points, mode, timesliceTargets);
  return NextResponse.json({ accepted });
});

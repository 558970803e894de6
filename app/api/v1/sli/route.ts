// POST /api/v1/sli: minute SLI points from exporters and pipelines, validated in full, then written in one transaction.
import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { ingestSliPoints } from "@/lib/server/slo/sli";

// The body is documented by sliIngestBodySchema; the change function checks it with an equivalent single-pass
// validator (ingest-schema.test.ts holds the two to the same verdicts), because zod per point is several times slower.
export const POST = apiRoute(operations.ingestSli, async ({ caller, query, json }) => {
  const accepted = await ingestSliPoints({ caller, body: json, mode: query.mode ?? "replace" });
  return NextResponse.json({ accepted });
});

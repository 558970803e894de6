import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { readinessToJson } from "@/lib/readiness/state-json";
import { readinessOfService } from "@/lib/server/readiness/state";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getReadiness, async ({ query }) => {
  const { service, readiness } = await readinessOfService(query.service, Date.now());
  return NextResponse.json(readinessToJson(service.slug, readiness));
});

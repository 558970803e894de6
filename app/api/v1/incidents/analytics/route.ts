import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { analyticsSummary } from "@/lib/server/incidents/analytics";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.incidentAnalytics, async ({ query }) => NextResponse.json(await analyticsSummary(query)));

import { NextResponse } from "next/server";
import { drillIdParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { drillToJson } from "@/lib/incidents/json";
import { recordDrillOutcome } from "@/lib/server/incidents/drills";

export const PUT = apiRoute(operations.recordDrillOutcome, async ({ caller, body, params }) => NextResponse.json(drillToJson(await recordDrillOutcome({ caller, id: drillIdParam(params.id), input: body }))));

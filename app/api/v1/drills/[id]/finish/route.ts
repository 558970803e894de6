import { NextResponse } from "next/server";
import { drillIdParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { drillToJson } from "@/lib/incidents/json";
import { finishDrill } from "@/lib/server/incidents/drills";

export const POST = apiRoute(operations.finishDrill, async ({ caller, body, params }) => NextResponse.json(drillToJson(await finishDrill({ caller, id: drillIdParam(params.id), outcome: body.outcome }))));

import { NextResponse } from "next/server";
import { drillIdParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { drillToJson } from "@/lib/incidents/json";
import { runDrill } from "@/lib/server/incidents/drills";

export const POST = apiRoute(operations.runDrill, async ({ caller, body, params }) => NextResponse.json(drillToJson(await runDrill({ caller, id: drillIdParam(params.id), input: body }))));

import { NextResponse } from "next/server";
import { drillIdParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { drillToJson } from "@/lib/incidents/json";
import { getDrill, updateDrillPlan } from "@/lib/server/incidents/drills";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getDrill, async ({ params }) => NextResponse.json(drillToJson(await getDrill(drillIdParam(params.id)))));

export const PUT = apiRoute(operations.updateDrill, async ({ caller, body, params }) => NextResponse.json(drillToJson(await updateDrillPlan({ caller, id: drillIdParam(params.id), input: body }))));

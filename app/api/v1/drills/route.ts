import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { drillToJson } from "@/lib/incidents/json";
import { planDrill, searchDrills } from "@/lib/server/incidents/drills";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listDrills, async ({ query }) => NextResponse.json({ drills: (await searchDrills(query)).map(drillToJson) }));

export const POST = apiRoute(operations.planDrill, async ({ caller, body }) => NextResponse.json(drillToJson(await planDrill({ caller, input: body })), { status: 201 }));

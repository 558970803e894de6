import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { createScenario, scenarios } from "@/lib/server/costs/scenarios";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listCostScenarios, async () => NextResponse.json({ scenarios: await scenarios() }));

export const POST = apiRoute(operations.createCostScenario, async ({ caller, body }) => NextResponse.json(await createScenario({ caller, input: body }), { status: 201 }));

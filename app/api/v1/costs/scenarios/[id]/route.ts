import { NextResponse } from "next/server";
import { scenarioIdParam } from "@/lib/api/cost-whatif-operations";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { deleteScenario, scenario, updateScenario } from "@/lib/server/costs/scenarios";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getCostScenario, async ({ params }) => NextResponse.json(await scenario(scenarioIdParam(params.id))));

export const PUT = apiRoute(operations.updateCostScenario, async ({ caller, body, params }) => NextResponse.json(await updateScenario({ caller, id: scenarioIdParam(params.id), input: body })));

export const DELETE = apiRoute(operations.deleteCostScenario, async ({ caller, params }) => {
  await deleteScenario({ caller, id: scenarioIdParam(params.id) });
  return new Response(null, { status: 204 });
});

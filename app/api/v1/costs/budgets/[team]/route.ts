import { NextResponse } from "next/server";
import { budgetToJson } from "@/lib/api/cost-budget-json";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { removeTeamBudget, setTeamBudget } from "@/lib/server/costs/budgets";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(operations.setCostBudget, async ({ caller, params, json }) => {
  const body = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  return NextResponse.json(budgetToJson(await setTeamBudget({ caller, team: params.team!, amount: body.amount, currency: body.currency })));
});

export const DELETE = apiRoute(operations.deleteCostBudget, async ({ caller, params }) => {
  await removeTeamBudget({ caller, team: params.team! });
  return new NextResponse(null, { status: 204 });
});

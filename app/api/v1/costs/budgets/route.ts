import { NextResponse } from "next/server";
import { budgetToJson } from "@/lib/api/cost-budget-json";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { teamBudgets } from "@/lib/server/costs/budgets";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listCostBudgets, async () => NextResponse.json({ budgets: (await teamBudgets()).map(budgetToJson) }));

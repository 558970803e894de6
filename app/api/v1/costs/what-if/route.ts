import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { whatIfResultToJson } from "@/lib/costs/whatif-json";
import { computeWhatIf } from "@/lib/server/costs/whatif";

export const dynamic = "force-dynamic";

export const POST = apiRoute(operations.computeCostWhatIf, async ({ body }) => NextResponse.json(whatIfResultToJson(await computeWhatIf(body))));

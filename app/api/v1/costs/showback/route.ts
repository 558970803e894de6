import { NextResponse } from "next/server";
import { showbackToJson } from "@/lib/api/cost-json";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { showback } from "@/lib/server/costs/showback";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.costShowback, async ({ caller, query }) => NextResponse.json(showbackToJson(await showback(caller, query))));

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { costPrices, setCostPrices } from "@/lib/server/costs/whatif";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getCostPrices, async () => NextResponse.json(await costPrices()));

export const PUT = apiRoute(operations.setCostPrices, async ({ caller, body }) => NextResponse.json(await setCostPrices({ caller, prices: body })));

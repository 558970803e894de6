// GET /api/v1/costs/imports: the latest cost imports.
import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { costImports } from "@/lib/server/costs/imports";

export const GET = apiRoute(operations.listCostImports, async () => NextResponse.json({ imports: await costImports() }));

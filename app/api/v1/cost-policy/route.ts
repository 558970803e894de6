import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { costPolicy, setCostPolicy } from "@/lib/server/costs/policy";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getCostPolicy, async () => NextResponse.json(await costPolicy()));

export const PUT = apiRoute(operations.setCostPolicy, async ({ caller, body }) => NextResponse.json(await setCostPolicy({ caller, policy: body })));

import { NextResponse } from "next/server";
import { teamMaturityToJson } from "@/lib/api/maturity-json";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { teamMaturity } from "@/lib/server/readiness/maturity";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getTeamMaturity, async ({ params }) => NextResponse.json(teamMaturityToJson(await teamMaturity(params.slug ?? ""))));

import { NextResponse } from "next/server";
import { searchEverything } from "@/db/queries/search";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(operations.search, async ({ query }) => NextResponse.json({ results: await searchEverything(query.q ?? "") }));

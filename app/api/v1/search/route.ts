import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { searchEverything } from "@/db/queries/search";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return NextResponse.json({ results: await searchEverything(q) });
});

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { actionItemToJson } from "@/lib/incidents/postmortem-json";
import { searchActionItems } from "@/lib/server/incidents/action-items";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listActionItems, async ({ query }) => {
  const now = new Date();
  return NextResponse.json({ actionItems: (await searchActionItems(query, now)).map((item) => actionItemToJson(item, now)) });
});

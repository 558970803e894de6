import { NextResponse } from "next/server";
import { definitionToJson } from "@/db/queries/slos";
import { listSloStatuses, sloStatusJson } from "@/db/queries/slo-status";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { createSlo } from "@/lib/server/slo/definitions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listSloStatuses, async ({ query }) => {
  const statuses = await listSloStatuses(query.at ?? Date.now(), { service: query.service, team: query.team });
  return NextResponse.json({ slos: statuses.map(sloStatusJson) });
});

export const POST = apiRoute(operations.createSlo, async ({ caller, body }) => NextResponse.json(definitionToJson(await createSlo({ caller, input: body })), { status: 201 }));

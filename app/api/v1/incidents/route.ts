import { NextResponse } from "next/server";
import { listTimeline } from "@/db/queries/incidents";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { incidentToJson } from "@/lib/incidents/json";
import { declareIncident } from "@/lib/server/incidents/declare-incident";
import { searchIncidents } from "@/lib/server/incidents/reads";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listIncidents, async ({ query }) => {
  const { incidents, total } = await searchIncidents(query);
  return NextResponse.json({ incidents: incidents.map((incident) => incidentToJson(incident)), total });
});

export const POST = apiRoute(operations.declareIncident, async ({ caller, body }) => {
  const incident = await declareIncident({ caller, input: body });
  return NextResponse.json(incidentToJson(incident, await listTimeline(incident.id)), { status: 201 });
});

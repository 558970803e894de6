import { NextResponse } from "next/server";
import { listTimeline } from "@/db/queries/incidents";
import { incidentNumberParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { incidentToJson } from "@/lib/incidents/json";
import { addNote } from "@/lib/server/incidents/notes";

export const POST = apiRoute(operations.addIncidentNote, async ({ caller, body, params }) => {
  const incident = await addNote({ caller, number: incidentNumberParam(params.number), input: body });
  return NextResponse.json(incidentToJson(incident, await listTimeline(incident.id)), { status: 201 });
});

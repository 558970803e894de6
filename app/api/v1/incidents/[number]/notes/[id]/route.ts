import { NextResponse } from "next/server";
import { entryIdParam, incidentNumberParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { incidentToJson } from "@/lib/incidents/json";
import { editNote } from "@/lib/server/incidents/notes";
import { getIncident } from "@/lib/server/incidents/reads";

export const PATCH = apiRoute(operations.editIncidentNote, async ({ caller, body, params }) => {
  const number = incidentNumberParam(params.number);
  await editNote({ caller, number, entryId: entryIdParam(params.id), input: body });
  const { incident, timeline } = await getIncident(number);
  return NextResponse.json(incidentToJson(incident, timeline));
});

import { NextResponse } from "next/server";
import { listTimeline } from "@/db/queries/incidents";
import { incidentNumberParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { incidentToJson } from "@/lib/incidents/json";
import { changeIncident } from "@/lib/server/incidents/change-incident";
import { getIncident } from "@/lib/server/incidents/reads";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getIncident, async ({ params }) => {
  const { incident, timeline } = await getIncident(incidentNumberParam(params.number));
  return NextResponse.json(incidentToJson(incident, timeline));
});

export const PATCH = apiRoute(operations.changeIncident, async ({ caller, body, params }) => {
  const incident = await changeIncident({ caller, number: incidentNumberParam(params.number), input: body });
  return NextResponse.json(incidentToJson(incident, await listTimeline(incident.id)));
});

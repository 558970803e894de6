import { NextResponse } from "next/server";
import { listActionItems } from "@/db/queries/postmortems";
import { incidentNumberParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { actionItemToJson } from "@/lib/incidents/postmortem-json";
import { addActionItem } from "@/lib/server/incidents/action-items";
import { getIncident } from "@/lib/server/incidents/reads";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listIncidentActionItems, async ({ params }) => {
  const { incident } = await getIncident(incidentNumberParam(params.number));
  const now = new Date();
  return NextResponse.json({ actionItems: (await listActionItems({ incidentId: incident.id })).map((item) => actionItemToJson(item, now)) });
});

export const POST = apiRoute(operations.addActionItem, async ({ caller, body, params }) => {
  const item = await addActionItem({ caller, number: incidentNumberParam(params.number), input: body });
  return NextResponse.json(actionItemToJson(item, new Date()), { status: 201 });
});

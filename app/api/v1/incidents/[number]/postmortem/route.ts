import { NextResponse } from "next/server";
import { incidentNumberParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { postmortemToJson } from "@/lib/incidents/postmortem-json";
import { createOrUpdatePostmortem, getPostmortem } from "@/lib/server/incidents/postmortems";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getPostmortem, async ({ params }) => NextResponse.json(postmortemToJson(await getPostmortem(incidentNumberParam(params.number)), new Date())));

export const PUT = apiRoute(operations.putPostmortem, async ({ caller, body, params }) => {
  const number = incidentNumberParam(params.number);
  await createOrUpdatePostmortem({ caller, number, input: body });
  return NextResponse.json(postmortemToJson(await getPostmortem(number), new Date()));
});

import { NextResponse } from "next/server";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { setIncidentPolicy } from "@/lib/server/incidents/policy";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getIncidentPolicy, async () => NextResponse.json(await getIncidentPolicy()));

export const PUT = apiRoute(operations.setIncidentPolicy, async ({ caller, body }) => NextResponse.json(await setIncidentPolicy({ caller, policy: body })));

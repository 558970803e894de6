import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { receiveAlertmanager } from "@/lib/server/incidents/alertmanager";

export const dynamic = "force-dynamic";

export const POST = apiRoute(operations.receiveAlertmanager, async ({ caller, body }) => NextResponse.json(await receiveAlertmanager({ caller, payload: body })));

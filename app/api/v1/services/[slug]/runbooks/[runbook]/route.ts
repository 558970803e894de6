import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { runbookToJson } from "@/lib/incidents/postmortem-json";
import { deleteRunbook, updateRunbook } from "@/lib/server/incidents/runbooks";

export const PUT = apiRoute(operations.updateRunbook, async ({ caller, body, params }) => NextResponse.json(runbookToJson(await updateRunbook({ caller, service: params.slug!, runbook: params.runbook!, input: body }))));

export const DELETE = apiRoute(operations.deleteRunbook, async ({ caller, params }) => {
  await deleteRunbook({ caller, service: params.slug!, runbook: params.runbook! });
  return new NextResponse(null, { status: 204 });
});

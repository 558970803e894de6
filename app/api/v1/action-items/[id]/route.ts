import { NextResponse } from "next/server";
import { actionItemIdParam } from "@/lib/api/incident-param";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { actionItemToJson } from "@/lib/incidents/postmortem-json";
import { deleteActionItem, updateActionItem } from "@/lib/server/incidents/action-items";

export const PATCH = apiRoute(operations.updateActionItem, async ({ caller, body, params }) => NextResponse.json(actionItemToJson(await updateActionItem({ caller, id: actionItemIdParam(params.id), input: body }), new Date())));

export const DELETE = apiRoute(operations.deleteActionItem, async ({ caller, params }) => {
  await deleteActionItem({ caller, id: actionItemIdParam(params.id) });
  return new NextResponse(null, { status: 204 });
});

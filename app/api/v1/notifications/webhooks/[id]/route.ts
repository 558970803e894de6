import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { webhookToJson } from "@/lib/incidents/notification-json";
import { deleteWebhook, updateWebhook } from "@/lib/server/incidents/notifications";

function webhookId(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`No webhook ${raw ?? ""}`);
  return id;
}

export const PUT = apiRoute(operations.updateWebhook, async ({ caller, body, params }) => NextResponse.json(webhookToJson(await updateWebhook({ caller, id: webhookId(params.id), input: body }))));

export const DELETE = apiRoute(operations.deleteWebhook, async ({ caller, params }) => {
  await deleteWebhook({ caller, id: webhookId(params.id) });
  return new NextResponse(null, { status: 204 });
});

import { NextResponse } from "next/server";
import { listWebhooks } from "@/db/queries/notifications";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { webhookToJson } from "@/lib/incidents/notification-json";
import { createWebhook } from "@/lib/server/incidents/notifications";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listWebhooks, async () => NextResponse.json({ webhooks: (await listWebhooks()).map(webhookToJson) }));

export const POST = apiRoute(operations.createWebhook, async ({ caller, body }) => NextResponse.json(webhookToJson(await createWebhook({ caller, input: body })), { status: 201 }));

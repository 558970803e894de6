import { NextResponse } from "next/server";
import { listDeliveries } from "@/db/queries/notifications";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { deliveryToJson } from "@/lib/incidents/notification-json";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listDeliveries, async ({ query }) => NextResponse.json({ deliveries: (await listDeliveries({ webhookId: query.webhook })).map(deliveryToJson) }));

import { NextResponse } from "next/server";
import { listServices } from "@/db/queries/services";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { serviceToJson } from "@/lib/catalog/json";
import { createService } from "@/lib/server/catalog/services";

export const GET = apiRoute(operations.listServices, async ({ query }) => NextResponse.json({ services: (await listServices(query)).map(serviceToJson) }));

export const POST = apiRoute(operations.createService, async ({ caller, body }) => NextResponse.json(serviceToJson(await createService({ caller, input: body })), { status: 201 }));

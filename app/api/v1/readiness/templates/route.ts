import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { templateToJson } from "@/lib/readiness/json";
import { listTemplates } from "@/lib/server/readiness/reads";
import { createTemplate } from "@/lib/server/readiness/templates";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listReadinessTemplates, async () => NextResponse.json({ templates: (await listTemplates()).map(templateToJson) }));

export const POST = apiRoute(operations.createReadinessTemplate, async ({ caller, body }) => NextResponse.json(templateToJson(await createTemplate({ caller, input: body })), { status: 201 }));

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { templateToJson } from "@/lib/readiness/json";
import { getTemplate } from "@/lib/server/readiness/reads";
import { updateTemplate } from "@/lib/server/readiness/templates";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getReadinessTemplate, async ({ params }) => NextResponse.json(templateToJson(await getTemplate(params.slug!))));

export const PUT = apiRoute(operations.updateReadinessTemplate, async ({ caller, body, params }) => NextResponse.json(templateToJson(await updateTemplate({ caller, slug: params.slug!, input: body }))));

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { runbookToJson } from "@/lib/incidents/postmortem-json";
import { createRunbook, serviceRunbooks } from "@/lib/server/incidents/runbooks";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listRunbooks, async ({ params }) => NextResponse.json({ runbooks: (await serviceRunbooks(params.slug!)).map(runbookToJson) }));

export const POST = apiRoute(operations.createRunbook, async ({ caller, body, params }) => NextResponse.json(runbookToJson(await createRunbook({ caller, service: params.slug!, input: body })), { status: 201 }));

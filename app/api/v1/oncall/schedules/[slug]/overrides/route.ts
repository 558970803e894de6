import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { addOverride } from "@/lib/server/oncall/overrides";

export const POST = apiRoute(operations.addOverride, async ({ caller, body, params }) => NextResponse.json(await addOverride({ caller, slug: params.slug!, input: body }), { status: 201 }));

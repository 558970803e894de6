import { NextResponse } from "next/server";
import { definitionToJson } from "@/db/queries/slos";
import { getSloStatus, sloStatusJson } from "@/db/queries/slo-status";
import { notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { deleteSlo, updateSlo } from "@/lib/server/slo/definitions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getSloStatus, async ({ query, params }) => {
  const status = await getSloStatus(params.slug!, query.at ?? Date.now());
  if (!status) throw notFound(`No SLO with slug "${params.slug}"`);
  return NextResponse.json(sloStatusJson(status));
});

export const PUT = apiRoute(operations.updateSlo, async ({ caller, body, params }) => NextResponse.json(definitionToJson(await updateSlo({ caller, slug: params.slug!, input: body }))));

export const DELETE = apiRoute(operations.deleteSlo, async ({ caller, params }) => {
  await deleteSlo({ caller, slug: params.slug! });
  return new NextResponse(null, { status: 204 });
});

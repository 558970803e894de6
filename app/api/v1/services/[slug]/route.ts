import { NextResponse } from "next/server";
import { findServiceBySlug } from "@/db/queries/services";
import { notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { serviceToJson } from "@/lib/catalog/json";
import { deleteService, updateService } from "@/lib/server/catalog/services";

export const GET = apiRoute(operations.getService, async ({ params }) => {
  const service = await findServiceBySlug(params.slug!);
  if (!service) throw notFound(`No service with slug "${params.slug}"`);
  return NextResponse.json(serviceToJson(service));
});

export const PUT = apiRoute(operations.updateService, async ({ caller, body, params }) => NextResponse.json(serviceToJson(await updateService({ caller, slug: params.slug!, input: body }))));

export const DELETE = apiRoute(operations.deleteService, async ({ caller, params }) => {
  await deleteService({ caller, slug: params.slug! });
  return new NextResponse(null, { status: 204 });
});

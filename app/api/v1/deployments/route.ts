import { NextResponse } from "next/server";
import { listDeployments } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import type { Deployment } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { parseInstant } from "@/lib/api/instant";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { recordDeployment } from "@/lib/server/slo/gate";

export const dynamic = "force-dynamic";

const toJson = (serviceSlug: string, d: Deployment) => ({ id: d.id, service: serviceSlug, version: d.version, description: d.description, at: d.at.toISOString(), recordedBy: d.recordedBy });

export const GET = apiRoute(operations.listDeployments, async ({ query }) => {
  const service = await findServiceBySlug(query.service);
  if (!service) throw notFound(`No service with slug "${query.service}"`);
  return NextResponse.json({ deployments: (await listDeployments(service.id)).map((d) => toJson(service.slug, d)) });
});

export const POST = apiRoute(operations.recordDeployment, async ({ caller, body }) => {
  const atMs = body.at === undefined ? Date.now() : parseInstant(body.at, "at");
  const { deployment, serviceSlug } = await recordDeployment({ caller, input: { service: body.service, version: body.version, description: body.description, atMs } });
  return NextResponse.json(toJson(serviceSlug, deployment), { status: 201 });
});

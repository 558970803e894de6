import { NextResponse } from "next/server";
import { listDeployments, recordDeployment } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { parseJsonBody } from "@/lib/api/body";
import { badRequest, notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { parseInstant } from "@/lib/api/instant";
import { requireScope, requireTeamAccess } from "@/lib/api/principal";
import { deploymentInputSchema } from "@/lib/slo/gate-schemas";
import type { Deployment } from "@/db/schema";

export const dynamic = "force-dynamic";

const toJson = (serviceSlug: string, d: Deployment) => ({ id: d.id, service: serviceSlug, version: d.version, description: d.description, at: d.at.toISOString(), recordedBy: d.recordedBy });

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const slug = new URL(request.url).searchParams.get("service");
  if (!slug) throw badRequest("service: is required (?service=SLUG)", "service");
  const service = await findServiceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  return NextResponse.json({ deployments: (await listDeployments(service.id)).map((d) => toJson(service.slug, d)) });
});

export const POST = apiHandler(async (request) => {
  const principal = await requireScope(request, "write");
  const input = await parseJsonBody(request, deploymentInputSchema);
  const service = await findServiceBySlug(input.service);
  if (!service) throw badRequest(`service: no service with slug "${input.service}"`, "service");
  requireTeamAccess(principal, service.teamId);
  const at = input.at === undefined ? Date.now() : parseInstant(input.at, "at");
  const created = await recordDeployment({ serviceId: service.id, serviceSlug: service.slug, version: input.version, description: input.description, at: new Date(at) }, principal.actor);
  return NextResponse.json(toJson(service.slug, created), { status: 201 });
});

import { NextResponse } from "next/server";
import { deleteService, findServiceBySlug, updateService } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import { parseJsonBody } from "@/lib/api/body";
import { badRequest, notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { requireScope, requireTeamAccess } from "@/lib/api/principal";
import { serviceToJson } from "@/lib/catalog/json";
import { serviceUpdateSchema } from "@/lib/catalog/schemas";

type Context = { params: Promise<{ slug: string }> };

async function loadService(slug: string) {
  const service = await findServiceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  return service;
}

export const GET = apiHandler<Context>(async (request, { params }) => {
  await requireScope(request, "read");
  return NextResponse.json(serviceToJson(await loadService((await params).slug)));
});

export const PUT = apiHandler<Context>(async (request, { params }) => {
  const principal = await requireScope(request, "write");
  const service = await loadService((await params).slug);
  requireTeamAccess(principal, service.teamId);
  const input = await parseJsonBody(request, serviceUpdateSchema);
  const { team: teamSlug, ...changes } = input;
  let teamId: number | undefined;
  if (teamSlug) {
    const team = await findTeamBySlug(teamSlug);
    if (!team) throw badRequest(`team: no team with slug "${teamSlug}"`, "team");
    requireTeamAccess(principal, team.id);
    teamId = team.id;
  }
  await updateService(service.id, { ...changes, ...(teamId ? { teamId } : {}) }, principal.actor);
  return NextResponse.json(serviceToJson((await findServiceBySlug(service.slug))!));
});

export const DELETE = apiHandler<Context>(async (request, { params }) => {
  const principal = await requireScope(request, "write");
  const service = await loadService((await params).slug);
  requireTeamAccess(principal, service.teamId);
  await deleteService(service.id, principal.actor);
  return new NextResponse(null, { status: 204 });
});

import { NextResponse } from "next/server";
import { createService, listServices } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import { parseJsonBody, parseWith } from "@/lib/api/body";
import { badRequest } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { requireScope, requireTeamAccess } from "@/lib/api/principal";
import { serviceToJson } from "@/lib/catalog/json";
import { serviceInputSchema, slugSchema, tierSchema } from "@/lib/catalog/schemas";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const params = new URL(request.url).searchParams;
  const team = params.get("team") ? parseWith(slugSchema, params.get("team")) : undefined;
  const tier = params.get("tier") ? parseWith(tierSchema, params.get("tier")) : undefined;
  const services = await listServices({ team, tier, q: params.get("q") ?? undefined });
  return NextResponse.json({ services: services.map(serviceToJson) });
});

export const POST = apiHandler(async (request) => {
  const principal = await requireScope(request, "write");
  const input = await parseJsonBody(request, serviceInputSchema);
  const team = await findTeamBySlug(input.team);
  if (!team) throw badRequest(`team: no team with slug "${input.team}"`, "team");
  requireTeamAccess(principal, team.id);
  const { team: _slug, ...rest } = input;
  void _slug;
  await createService({ ...rest, teamId: team.id }, principal.actor);
  const created = (await listServices({ q: input.slug })).find((s) => s.slug === input.slug)!;
  return NextResponse.json(serviceToJson(created), { status: 201 });
});

import { NextResponse } from "next/server";
import { recomputeRunningSums } from "@/db/queries/sli-write";
import { deleteSlo, definitionToJson, findSloBySlug, updateSlo } from "@/db/queries/slos";
import { getSloStatus, sloStatusJson } from "@/db/queries/slo-status";
import { parseJsonBody } from "@/lib/api/body";
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { instantParam } from "@/lib/api/instant";
import { requireScope, requireTeamAccess } from "@/lib/api/principal";
import { serviceForWrite } from "@/lib/slo/api-helpers";
import { sloInputSchema } from "@/lib/slo/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

async function loadSlo(slug: string) {
  const slo = await findSloBySlug(slug);
  if (!slo) throw notFound(`No SLO with slug "${slug}"`);
  return slo;
}

export const GET = apiHandler<Context>(async (request, { params }) => {
  await requireScope(request, "read");
  const { slug } = await params;
  const status = await getSloStatus(slug, instantParam(new URL(request.url)));
  if (!status) throw notFound(`No SLO with slug "${slug}"`);
  return NextResponse.json(sloStatusJson(status));
});

export const PUT = apiHandler<Context>(async (request, { params }) => {
  const principal = await requireScope(request, "write");
  const existing = await loadSlo((await params).slug);
  requireTeamAccess(principal, existing.teamId);
  const input = await parseJsonBody(request, sloInputSchema);
  const service = await serviceForWrite(principal, input.service);
  const result = await updateSlo(existing.id, input, service.id, principal.actor);
  if (!result) throw notFound(`No SLO with slug "${existing.slug}"`);
  if (result.timesliceTargetChanged) await recomputeRunningSums(result.slo.id, result.slo.timesliceTarget);
  return NextResponse.json(definitionToJson((await findSloBySlug(result.slo.slug))!));
});

export const DELETE = apiHandler<Context>(async (request, { params }) => {
  const principal = await requireScope(request, "write");
  const existing = await loadSlo((await params).slug);
  requireTeamAccess(principal, existing.teamId);
  await deleteSlo(existing.id, principal.actor);
  return new NextResponse(null, { status: 204 });
});

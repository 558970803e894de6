import { NextResponse } from "next/server";
import { createSlo, findSloBySlug, definitionToJson } from "@/db/queries/slos";
import { listSloStatuses, sloStatusJson } from "@/db/queries/slo-status";
import { parseJsonBody } from "@/lib/api/body";
import { apiHandler } from "@/lib/api/handler";
import { instantParam } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";
import { serviceForWrite } from "@/lib/slo/api-helpers";
import { sloInputSchema } from "@/lib/slo/schemas";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const url = new URL(request.url);
  const at = instantParam(url);
  const statuses = await listSloStatuses(at, { service: url.searchParams.get("service") ?? undefined, team: url.searchParams.get("team") ?? undefined });
  return NextResponse.json({ slos: statuses.map(sloStatusJson) });
});

export const POST = apiHandler(async (request) => {
  const principal = await requireScope(request, "write");
  const input = await parseJsonBody(request, sloInputSchema);
  const service = await serviceForWrite(principal, input.service);
  await createSlo(input, service.id, principal.actor);
  return NextResponse.json(definitionToJson((await findSloBySlug(input.slug))!), { status: 201 });
});

import { NextResponse } from "next/server";
import { grantGateException, listGateExceptions } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { parseJsonBody } from "@/lib/api/body";
import { badRequest, notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { parseInstant } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";
import { gateExceptionInputSchema, MAX_EXCEPTION_MS } from "@/lib/slo/gate-schemas";
import type { GateException } from "@/db/schema";

export const dynamic = "force-dynamic";

function toJson(e: GateException) {
  return { id: e.id, reason: e.reason, grantedBy: e.grantedBy, createdAt: e.createdAt.toISOString(), expiresAt: e.expiresAt.toISOString(), revokedAt: e.revokedAt?.toISOString() ?? null };
}

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const slug = new URL(request.url).searchParams.get("service");
  if (!slug) throw badRequest("service: is required (?service=SLUG)", "service");
  const service = await findServiceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  return NextResponse.json({ service: service.slug, exceptions: (await listGateExceptions(service.id)).map(toJson) });
});

/** Admins only: lets a frozen service deploy until the exception expires. */
export const POST = apiHandler(async (request) => {
  const principal = await requireScope(request, "admin");
  const input = await parseJsonBody(request, gateExceptionInputSchema);
  const service = await findServiceBySlug(input.service);
  if (!service) throw badRequest(`service: no service with slug "${input.service}"`, "service");
  const expiresAt = parseInstant(input.expiresAt, "expiresAt");
  const now = Date.now();
  if (expiresAt <= now) throw badRequest("expiresAt: must be in the future", "expiresAt");
  if (expiresAt - now > MAX_EXCEPTION_MS) throw badRequest("expiresAt: an exception lasts at most 7 days", "expiresAt");
  const created = await grantGateException({ serviceId: service.id, serviceSlug: service.slug, reason: input.reason, expiresAt: new Date(expiresAt), grantedById: principal.user?.id ?? null }, principal.actor);
  return NextResponse.json(toJson(created), { status: 201 });
});

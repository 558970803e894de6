import { NextResponse } from "next/server";
import { listGateExceptions } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import type { GateException } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { parseInstant } from "@/lib/api/instant";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { grantGateException } from "@/lib/server/slo/gate";

export const dynamic = "force-dynamic";

function toJson(e: GateException) {
  return { id: e.id, reason: e.reason, grantedBy: e.grantedBy, createdAt: e.createdAt.toISOString(), expiresAt: e.expiresAt.toISOString(), revokedAt: e.revokedAt?.toISOString() ?? null };
}

export const GET = apiRoute(operations.listGateExceptions, async ({ query }) => {
  const service = await findServiceBySlug(query.service);
  if (!service) throw notFound(`No service with slug "${query.service}"`);
  return NextResponse.json({ service: service.slug, exceptions: (await listGateExceptions(service.id)).map(toJson) });
});

/** Admins only: lets a frozen service deploy until the exception expires. */
export const POST = apiRoute(operations.grantGateException, async ({ caller, body }) => {
  const created = await grantGateException({ caller, input: { service: body.service, reason: body.reason, expiresAtMs: parseInstant(body.expiresAt, "expiresAt") } });
  return NextResponse.json(toJson(created), { status: 201 });
});

import { NextResponse } from "next/server";
import { deployGateFor } from "@/db/queries/deploy-gate";
import { findServiceBySlug } from "@/db/queries/services";
import { notFound } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.deployGate, async ({ query }) => {
  const service = await findServiceBySlug(query.service);
  if (!service) throw notFound(`No service with slug "${query.service}"`);
  const decision = await deployGateFor(service, query.at ?? Date.now());
  return NextResponse.json({
    service: service.slug,
    allowed: decision.allowed,
    reasons: decision.reasons,
    exception: decision.exception ? { id: decision.exception.id, reason: decision.exception.reason, grantedBy: decision.exception.grantedBy, expiresAt: new Date(decision.exception.expiresAtMs).toISOString() } : null,
  });
});

import { NextResponse } from "next/server";
import { deployGateFor } from "@/db/queries/deploy-gate";
import { findServiceBySlug } from "@/db/queries/services";
import { badRequest, notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { instantParam } from "@/lib/api/instant";
import { requireScope } from "@/lib/api/principal";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  const url = new URL(request.url);
  const slug = url.searchParams.get("service");
  if (!slug) throw badRequest("service: is required (?service=SLUG)", "service");
  const service = await findServiceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  const decision = await deployGateFor(service, instantParam(url));
  return NextResponse.json({
    service: service.slug,
    allowed: decision.allowed,
    reasons: decision.reasons,
    exception: decision.exception ? { id: decision.exception.id, reason: decision.exception.reason, grantedBy: decision.exception.grantedBy, expiresAt: new Date(decision.exception.expiresAtMs).toISOString() } : null,
  });
});

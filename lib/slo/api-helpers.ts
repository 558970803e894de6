// Shared steps of the SLO route handlers: resolving the service of a body and checking the caller may change it.
import "server-only";
import { findServiceBySlug } from "@/db/queries/services";
import { findSloBySlug } from "@/db/queries/slos";
import { badRequest, notFound } from "@/lib/api/errors";
import { requireTeamAccess, type ApiPrincipal } from "@/lib/api/principal";

export async function serviceForWrite(principal: ApiPrincipal, slug: string, field = "service") {
  const service = await findServiceBySlug(slug);
  if (!service) throw badRequest(`${field}: no service with slug "${slug}"`, field);
  requireTeamAccess(principal, service.teamId);
  return service;
}

export type SloRouteContext = { params: Promise<{ slug: string }> };

/** The SLO named by a route's [slug], or 404. */
export async function sloFromRoute({ params }: SloRouteContext) {
  const { slug } = await params;
  const slo = await findSloBySlug(slug);
  if (!slo) throw notFound(`No SLO with slug "${slug}"`);
  return slo;
}

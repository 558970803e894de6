// Shared steps of the SLO route handlers: resolving the service of a body and checking the caller may change it.
import "server-only";
import { findServiceBySlug } from "@/db/queries/services";
import { badRequest } from "@/lib/api/errors";
import { requireTeamAccess, type ApiPrincipal } from "@/lib/api/principal";

export async function serviceForWrite(principal: ApiPrincipal, slug: string, field = "service") {
  const service = await findServiceBySlug(slug);
  if (!service) throw badRequest(`${field}: no service with slug "${slug}"`, field);
  requireTeamAccess(principal, service.teamId);
  return service;
}

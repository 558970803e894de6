// The SLO a route's [slug] names, or 404.
import "server-only";
import { findSloBySlug } from "@/db/queries/slos";
import { notFound } from "./errors";

export async function sloOfParams(params: Record<string, string>) {
  const slo = await findSloBySlug(params.slug!);
  if (!slo) throw notFound(`No SLO with slug "${params.slug}"`);
  return slo;
}

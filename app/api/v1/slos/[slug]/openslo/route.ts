// One SLO as OpenSLO v1 YAML that POST /api/v1/openslo re-imports unchanged.
import { definitionToJson, findSloBySlug } from "@/db/queries/slos";
import { notFound } from "@/lib/api/errors";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { sloToOpenSlo } from "@/lib/openslo/export";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export const GET = apiHandler<Context>(async (request, { params }) => {
  await requireScope(request, "read");
  const { slug } = await params;
  const slo = await findSloBySlug(slug);
  if (!slo) throw notFound(`No SLO with slug "${slug}"`);
  return new Response(sloToOpenSlo(definitionToJson(slo)), { headers: { "content-type": "application/yaml; charset=utf-8" } });
});

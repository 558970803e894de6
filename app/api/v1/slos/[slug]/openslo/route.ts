// One SLO as OpenSLO v1 YAML that POST /api/v1/openslo re-imports unchanged.
import { definitionToJson } from "@/db/queries/slos";
import { apiHandler } from "@/lib/api/handler";
import { sloFromRoute, type SloRouteContext } from "@/lib/slo/api-helpers";
import { requireScope } from "@/lib/api/principal";
import { sloToOpenSlo } from "@/lib/openslo/export";

export const dynamic = "force-dynamic";


export const GET = apiHandler<SloRouteContext>(async (request, context) => {
  await requireScope(request, "read");
  const slo = await sloFromRoute(context);
  return new Response(sloToOpenSlo(definitionToJson(slo)), { headers: { "content-type": "application/yaml; charset=utf-8" } });
});

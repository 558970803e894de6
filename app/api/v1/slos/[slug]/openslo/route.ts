// One SLO as OpenSLO v1 YAML that POST /api/v1/openslo re-imports unchanged.
import { definitionToJson } from "@/db/queries/slos";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { sloOfParams } from "@/lib/api/slo-param";
import { sloToOpenSlo } from "@/lib/openslo/export";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.sloOpenSlo, async ({ params }) => {
  const slo = await sloOfParams(params);
  return new Response(sloToOpenSlo(definitionToJson(slo)), { headers: { "content-type": "application/yaml; charset=utf-8" } });
});

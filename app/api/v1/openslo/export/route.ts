// Every SLO (optionally of one ?service= or ?team=) with its services, as one multi-document OpenSLO v1 YAML file.
import { listServices } from "@/db/queries/services";
import { definitionToJson, listSlos } from "@/db/queries/slos";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { toOpenSloYaml, type ExportedService } from "@/lib/openslo/export";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.exportOpenSlo, async ({ query: filter }) => {
  const [records, catalog] = await Promise.all([listSlos(filter), listServices({ team: filter.team })]);
  // Service documents only for services that have exported SLOs (or the one asked for), so the file re-imports on its own.
  const wanted = new Set(records.map((slo) => slo.serviceSlug).concat(filter.service ?? []));
  const services: ExportedService[] = catalog
    .filter((service) => wanted.has(service.slug))
    .map((service) => ({ slug: service.slug, name: service.name, description: service.description, team: service.teamSlug, tier: service.tier }));
  const body = toOpenSloYaml({ services, slos: records.map(definitionToJson) });
  return new Response(body, {
    headers: { "content-type": "application/yaml; charset=utf-8", "content-disposition": 'attachment; filename="keel-openslo.yaml"' },
  });
});

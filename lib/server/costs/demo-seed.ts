// Seeds the demo's year of observability costs (demo-costs-plan.ts): the records as one import through the import's own
// path (rights, row hashes, a batch that can be undone), the requests each service served per month, and each team's
// budget. Idempotent: when the demo's import is there (and not undone), nothing is added again. It lives in the change layer,
// not in db/seed, because the import is a change function (db/ never imports lib/server); `keel seed demo` runs it after
// the rest of the demo (db/seed/demo.ts).
import "server-only";
import { CLI_CALLER } from "@/lib/access/caller";
import { importCostRecords } from "./import";
import type { Actor } from "@/db/queries/audit";
import { listCostImports } from "@/db/queries/cost-imports";
import { upsertMonthlyTraffic } from "@/db/queries/cost-traffic";
import { findServiceBySlug } from "@/db/queries/services";
import { DEMO_COST_FILE_NAME, demoCostPlan } from "@/db/seed/demo-costs-plan";

export type DemoCostsSummary = { costRecords: number; trafficMonths: number };

export async function seedDemoCosts(actor: Actor, nowMs: number): Promise<DemoCostsSummary> {
  // The demo's import among the latest imports; were it older than those, its lines would be skipped by their row hashes.
  const imports = await listCostImports(500);
  if (imports.some((batch) => batch.fileName === DEMO_COST_FILE_NAME && batch.status === "imported")) return { costRecords: 0, trafficMonths: 0 };
  const plan = demoCostPlan(nowMs);
  const caller = { ...CLI_CALLER, actor };
  const { imported } = await importCostRecords({ caller, format: "json", records: plan.records, fileName: DEMO_COST_FILE_NAME });
  const serviceIds = new Map<string, number>();
  for (const slug of new Set(plan.traffic.map((t) => t.service))) {
    const service = await findServiceBySlug(slug);
    if (service) serviceIds.set(slug, service.id);
  }
  const traffic = plan.traffic.filter((t) => serviceIds.has(t.service)).map((t) => ({ serviceId: serviceIds.get(t.service)!, month: t.month, requests: t.requests }));
  upsertMonthlyTraffic(traffic, actor);
  return { costRecords: imported, trafficMonths: traffic.length };
}

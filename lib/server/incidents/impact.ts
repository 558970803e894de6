// The computed impact of an incident: its duration and the share of each affected SLO's error budget it burned.
import "server-only";
import { windowAggregates } from "@/db/queries/sli";
import { listSlos, windowOf, type SloRecord } from "@/db/queries/slos";
import type { IncidentRecord } from "@/db/queries/incidents";
import { budgetBurned, durationMinutes, impactSpans } from "@/lib/incidents/impact";

export type SloImpact = { slug: string; name: string; service: string; target: number; budgetingMethod: string; budgetBurned: number | null };
export type IncidentImpact = { durationMinutes: number; ongoing: boolean; slos: SloImpact[] };

type ServiceSlos = (service: string) => Promise<SloRecord[]>;

/** The SLOs of a service, read once per service however many incidents ask. */
function slosOnce(): ServiceSlos {
  const seen = new Map<string, Promise<SloRecord[]>>();
  return (service) => {
    let slos = seen.get(service);
    if (!slos) seen.set(service, (slos = listSlos({ service })));
    return slos;
  };
}

export async function incidentImpact(incident: Pick<IncidentRecord, "startedAt" | "resolvedAt"> & { services: readonly { slug: string }[] }, now = new Date(), slosOf: ServiceSlos = slosOnce()): Promise<IncidentImpact> {
  const interval = { startedAt: incident.startedAt, endedAt: incident.resolvedAt ?? now };
  const slos: SloImpact[] = [];
  for (const service of incident.services) {
    for (const slo of await slosOf(service.slug)) {
      const spans = impactSpans(interval, windowOf(slo));
      const [during, window] = await windowAggregates(slo.id, [spans.incident, spans.window]);
      slos.push({
        slug: slo.slug,
        name: slo.name,
        service: service.slug,
        target: slo.target,
        budgetingMethod: slo.budgetingMethod,
        budgetBurned: budgetBurned({ incident: during!, window: window!, method: slo.budgetingMethod, target: slo.target }),
      });
    }
  }
  return { durationMinutes: durationMinutes(interval), ongoing: incident.resolvedAt === null, slos };
}

/** Budget burned per incident and SLO, for many incidents (the analytics page): each service's SLOs are read once. */
export async function budgetBurns(incidents: readonly { number: number; startedAt: Date; resolvedAt: Date | null; services: readonly { slug: string }[] }[], now = new Date()): Promise<{ incident: number; slo: string; budgetBurned: number }[]> {
  // One read of every SLO tells which services have any: incidents of services without SLOs burn no budget to compute.
  const all = await listSlos();
  const bySlug = new Map<string, SloRecord[]>();
  for (const slo of all) bySlug.set(slo.serviceSlug, [...(bySlug.get(slo.serviceSlug) ?? []), slo]);
  const withSlos = new Set(bySlug.keys());
  const slosOf: ServiceSlos = async (service) => bySlug.get(service) ?? [];
  const burns: { incident: number; slo: string; budgetBurned: number }[] = [];
  for (const incident of incidents) {
    if (!incident.services.some((s) => withSlos.has(s.slug))) continue;
    const impact = await incidentImpact(incident, now, slosOf);
    for (const slo of impact.slos) if (slo.budgetBurned !== null) burns.push({ incident: incident.number, slo: slo.slug, budgetBurned: slo.budgetBurned });
  }
  return burns;
}

// The computed impact of an incident: its duration and the share of each affected SLO's error budget it burned.
import "server-only";
import { windowAggregates } from "@/db/queries/sli";
import { listSlos, windowOf } from "@/db/queries/slos";
import type { IncidentRecord } from "@/db/queries/incidents";
import { budgetBurned, durationMinutes, impactSpans } from "@/lib/incidents/impact";

export type SloImpact = { slug: string; name: string; service: string; target: number; budgetingMethod: string; budgetBurned: number | null };
export type IncidentImpact = { durationMinutes: number; ongoing: boolean; slos: SloImpact[] };

export async function incidentImpact(incident: Pick<IncidentRecord, "startedAt" | "resolvedAt" | "services">, now = new Date()): Promise<IncidentImpact> {
  const interval = { startedAt: incident.startedAt, endedAt: incident.resolvedAt ?? now };
  const slos: SloImpact[] = [];
  for (const service of incident.services) {
    for (const slo of await listSlos({ service: service.slug })) {
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

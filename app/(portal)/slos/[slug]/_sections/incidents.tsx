// The incidents of the SLO's service during the SLO's current window (drills left out): what spent the budget.
import Link from "next/link";
import { listServiceIncidentsBetween } from "@/db/queries/incidents";
import { windowOf, type SloRecord } from "@/db/queries/slos";
import { SeverityBadge, StatusBadge } from "@/components/incidents/badges";
import { FormattedTime } from "@/components/ui/formatted-time";
import { formatPercent } from "@/lib/slo/format";
import { incidentImpact } from "@/lib/server/incidents/impact";
import { windowBounds } from "@/lib/slo/windows";
import { pageNow } from "../_data";

export async function SloIncidents({ record }: { record: SloRecord }) {
  const { fromMs, toMs } = windowBounds(windowOf(record), pageNow());
  const incidents = await listServiceIncidentsBetween(record.serviceId, new Date(fromMs), new Date(toMs));
  // The share of this SLO's budget each one burned (its window ending when the incident ended).
  const burned = await Promise.all(
    incidents.map(async (incident) => (await incidentImpact({ ...incident, services: [{ slug: record.serviceSlug }] }, new Date(pageNow()))).slos.find((s) => s.slug === record.slug)?.budgetBurned ?? null),
  );
  return (
    <section aria-labelledby="h-slo-incidents" className="grid gap-2">
      <h2 id="h-slo-incidents" className="text-lg font-semibold">
        Incidents in this window
      </h2>
      {incidents.length === 0 ? (
        <p className="text-sm text-muted">
          No incident of {record.serviceName} overlaps this SLO&apos;s current window.{" "}
          <Link href={`/incidents?service=${record.serviceSlug}`} className="text-primary underline">
            Earlier incidents of the service
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface text-sm">
          {incidents.map((incident, index) => ({ incident, burned: burned[index] ?? null })).reverse().map(({ incident, burned: share }) => (
            <li key={incident.id} className="flex flex-wrap items-center gap-2 p-3">
              <Link href={`/incidents/${incident.number}`} className="font-medium text-primary hover:underline">
                #{incident.number} {incident.title}
              </Link>
              <SeverityBadge severity={incident.severity} />
              <StatusBadge status={incident.status} />
              <span className="text-muted">
                started <FormattedTime iso={incident.startedAt.toISOString()} />
              </span>
              <span className="ml-auto tabular-nums">{share === null ? "no SLI data while it lasted" : `burned ${formatPercent(share, 1)} of this SLO's error budget`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

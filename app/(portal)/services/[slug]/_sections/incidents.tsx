// The service's incidents of the last 90 days (drills left out), and a way to declare one for it.
import Link from "next/link";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { listIncidents } from "@/db/queries/incidents";
import type { ServiceWithTeam } from "@/db/queries/services";
import { IncidentTable } from "@/components/incidents/incident-table";
import { incidentRow } from "@/lib/incidents/view/rows";
import { pageNow } from "../_data";

const NINETY_DAYS_MS = 90 * 86_400_000;

export async function ServiceIncidents({ service, canEdit }: { service: ServiceWithTeam; canEdit: boolean }) {
  const now = new Date(pageNow());
  const [{ incidents, total }, policy] = await Promise.all([listIncidents({ serviceId: service.id, from: new Date(now.getTime() - NINETY_DAYS_MS), limit: 10 }), getIncidentPolicy()]);
  const declare = canEdit ? (
    <Link href={`/incidents/new?service=${service.slug}`} className="text-primary underline">
      Declare incident
    </Link>
  ) : null;
  if (!incidents.length) {
    return (
      <p className="text-sm text-muted">
        No incidents touched this service in the last 90 days. {declare ? <>Something wrong now? {declare}.</> : null}
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <IncidentTable rows={incidents.map((i) => incidentRow(i, policy, now))} label={`Incidents of ${service.name}`} caption={`${total} incidents in the last 90 days`} />
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/incidents?service=${service.slug}`} className="text-primary underline">
          All {total} incident{total === 1 ? "" : "s"} of this service
        </Link>
        {declare}
      </p>
    </div>
  );
}

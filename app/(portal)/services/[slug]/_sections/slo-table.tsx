// The service's SLOs, most troubled first, each with a week's budget sparkline.
import Link from "next/link";
import type { ServiceWithTeam } from "@/db/queries/services";
import { getTierTargets } from "@/db/queries/settings";
import { budgetTrends } from "@/db/queries/slo-status";
import { SloTable } from "@/components/slo/slo-table";
import { formatTarget } from "@/lib/slo/format";
import { byTrouble, toSloRow } from "@/lib/slo/view/rows";
import { sparklineInstants } from "@/lib/slo/view/sparkline";
import { loadStatuses, pageNow } from "../_data";

export async function ServiceSloTable({ service, canEdit }: { service: ServiceWithTeam; canEdit: boolean }) {
  const statuses = await loadStatuses(service.slug);
  if (!statuses.length) {
    const tierTargets = await getTierTargets();
    return (
      <p className="text-sm text-muted">
        This service has no SLOs yet. An SLO states how reliable the service must be for its users — for a Tier {service.tier} service Keel suggests{" "}
        {formatTarget(tierTargets[service.tier])} availability — and its error budget then drives alerts and the deploy gate.{" "}
        {canEdit ? (
          <Link href={`/slos/new?service=${service.slug}`} className="text-primary underline">
            Define the first SLO
          </Link>
        ) : (
          "Editors of the owning team define them."
        )}
      </p>
    );
  }
  const trends = await budgetTrends(
    statuses.map((s) => s.record),
    sparklineInstants(pageNow()),
  );
  const rows = statuses.map((s) => ({ ...toSloRow(s), trend: trends.get(s.record.id) })).sort(byTrouble);
  return <SloTable rows={rows} label={`SLOs of ${service.name}`} showService={false} />;
}

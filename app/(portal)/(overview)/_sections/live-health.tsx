// SLO health, prefetched here and handed to the client under the same query key it refreshes with every 30 s.
import { sloStatusJson } from "@/db/queries/slo-status";
import { OverviewLive } from "@/components/slo/overview-live";
import { loadStatuses, pageNow } from "../_data";

export async function LiveHealth() {
  const statuses = await loadStatuses();
  return <OverviewLive initial={statuses.map(sloStatusJson)} initialAt={pageNow()} />;
}

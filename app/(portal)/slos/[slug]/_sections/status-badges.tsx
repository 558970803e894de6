// The header's status and policy badges: they need the evaluated status, so they stream in beside the name.
import { PolicyBadge, SloStatusBadge } from "@/components/slo/status-badge";
import { loadSloStatus } from "../_data";
import { isoOrNull } from "./shared";

export async function SloStatusBadges({ slug }: { slug: string }) {
  const { status } = await loadSloStatus(slug);
  return (
    <>
      <SloStatusBadge status={status.status} stale={status.stale} lastDataAt={isoOrNull(status.lastDataAtMs)} />
      <PolicyBadge state={status.policy.state} warmUpUntil={isoOrNull(status.warmUpUntilMs)} />
    </>
  );
}

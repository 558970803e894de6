// The header's status and policy badges: they need the evaluated status, so they stream in beside the name.
import { PolicyBadge, SloStatusBadge } from "@/components/slo/status-badge";
import { Badge } from "@/components/ui/badge";
import { loadSloStatus } from "../_data";
import { isoOrNull } from "./shared";

export async function SloStatusBadges({ slug }: { slug: string }) {
  const { status } = await loadSloStatus(slug);
  return (
    <>
      <SloStatusBadge status={status.status} stale={status.stale} lastDataAt={isoOrNull(status.lastDataAtMs)} />
      <PolicyBadge state={status.policy.state} />
      {/* The policy state is advisory while the SLO warms up: say so beside it, so a freeze badge does not mislead. */}
      {status.warmUpUntilMs !== null ? <Badge tone="neutral">Warm-up: advisory</Badge> : null}
    </>
  );
}

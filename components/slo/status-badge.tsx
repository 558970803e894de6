import { Badge } from "@/components/ui/badge";
import { FormattedTime } from "@/components/ui/formatted-time";

const STATUS: Record<string, { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  healthy: { label: "Healthy", tone: "success" },
  at_risk: { label: "At risk", tone: "warning" },
  breached: { label: "Breached", tone: "danger" },
  no_data: { label: "No data", tone: "neutral" },
};

const POLICY: Record<string, { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  normal: { label: "Normal", tone: "neutral" },
  warn: { label: "Warn", tone: "warning" },
  freeze: { label: "Freeze", tone: "danger" },
};

/**
 * The SLO's status, and "Data missing since …" beside it when the SLO is stale: a stale SLO's status
 * is computed from old data, so it must never read as healthy on its own.
 */
export function SloStatusBadge({ status, stale = false, lastDataAt = null }: { status: string; stale?: boolean; lastDataAt?: string | null }) {
  const { label, tone } = STATUS[status] ?? { label: status, tone: "neutral" as const };
  if (!stale) return <Badge tone={tone}>{label}</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={tone}>{label}</Badge>
      <DataMissingBadge lastDataAt={lastDataAt} />
    </span>
  );
}

export function DataMissingBadge({ lastDataAt }: { lastDataAt: string | null }) {
  return (
    <Badge tone="warning">
      {lastDataAt === null ? (
        "Data missing"
      ) : (
        <>
          Data missing since <FormattedTime iso={lastDataAt} />
        </>
      )}
    </Badge>
  );
}

/** `warmUpUntil` (ISO) while the SLO warms up: a second badge says the state is advisory until then. */
export function PolicyBadge({ state, warmUpUntil }: { state: string; warmUpUntil?: string | null }) {
  const { label, tone } = POLICY[state] ?? { label: state, tone: "neutral" as const };
  if (!warmUpUntil) return <Badge tone={tone}>{label}</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tone}>{label}</Badge>
      <WarmUpBadge until={warmUpUntil} />
    </span>
  );
}

/** The policy state is advisory while the SLO warms up: shown beside its policy badge, so a freeze does not mislead. */
function WarmUpBadge({ until }: { until: string }) {
  return (
    <Badge tone="neutral" className="whitespace-nowrap">
      <span className="sr-only">In warm-up until </span>
      <span aria-hidden="true">Warm-up: advisory</span>
      <span className="sr-only">
        <FormattedTime iso={until} />: the policy is advisory
      </span>
    </Badge>
  );
}

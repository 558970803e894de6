// The range's headline figures: how many incidents, MTTA and MTTR (mean and median) in minutes.
import type { IncidentSummary } from "@/lib/incidents/analytics";
import { formatMinutesFigure } from "@/lib/incidents/view/analytics";

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-lg border border-border bg-surface p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
      <dd className="mt-1 text-xs text-muted">{detail}</dd>
    </div>
  );
}

export function StatCards({ summary }: { summary: IncidentSummary }) {
  const { count, bySeverity, mttaMinutes, mttrMinutes } = summary;
  return (
    <section aria-label="Headline figures">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      <Stat label="Incidents" value={String(count)} detail={`SEV1 ${bySeverity.SEV1} · SEV2 ${bySeverity.SEV2} · SEV3 ${bySeverity.SEV3} · SEV4 ${bySeverity.SEV4}`} />
      <Stat label="MTTA (mean)" value={formatMinutesFigure(mttaMinutes.mean)} detail="Start to acknowledgement" />
      <Stat label="MTTA (median)" value={formatMinutesFigure(mttaMinutes.median)} detail="Half were faster" />
      <Stat label="MTTR (mean)" value={formatMinutesFigure(mttrMinutes.mean)} detail="Start to resolution" />
      <Stat label="MTTR (median)" value={formatMinutesFigure(mttrMinutes.median)} detail="Half were faster" />
      </dl>
    </section>
  );
}

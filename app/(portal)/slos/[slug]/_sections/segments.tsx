// The service's SLOs of the same kind, one card per segment, so premium and standard compare at a glance.
import Link from "next/link";
import type { SloRecord } from "@/db/queries/slos";
import { windowOf } from "@/db/queries/slos";
import { SloStatusBadge } from "@/components/slo/status-badge";
import { Card, CardTitle } from "@/components/ui/card";
import { decimalsFor, formatPercent, formatTarget } from "@/lib/slo/format";
import { loadServiceStatuses } from "../_data";
import { isoOrNull, periodWordsOf } from "./shared";

export async function SloSegments({ record }: { record: SloRecord }) {
  const segments = (await loadServiceStatuses(record.serviceSlug)).filter((s) => s.record.segment && s.record.sliKind === record.sliKind);
  if (segments.length <= 1) return null;
  return (
    <section aria-labelledby="h-segments" className="grid gap-2">
      <h2 id="h-segments" className="text-lg font-semibold">
        Segments side by side
      </h2>
      <p className="text-sm text-muted">The same service&apos;s SLOs for each segment, so premium and standard can be compared at a glance.</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {segments.map(({ record: segment, status: segmentStatus }) => (
          <Card key={segment.slug} aria-labelledby={`segment-${segment.slug}`} className={segment.slug === record.slug ? "border-primary" : undefined}>
            <CardTitle id={`segment-${segment.slug}`} className="text-sm">
              <Link href={`/slos/${segment.slug}`} className="text-primary hover:underline">
                {segment.segment}
              </Link>{" "}
              <span className="font-normal text-muted">· {segment.name}</span>
            </CardTitle>
            <dl className="mt-2 grid grid-cols-2 gap-y-1 text-sm">
              <dt className="text-muted">SLI / target</dt>
              <dd className="tabular-nums">
                {formatPercent(segmentStatus.sli, decimalsFor(segment.target))} / {formatTarget(segment.target)}
              </dd>
              <dt className="text-muted">Budget</dt>
              <dd className="tabular-nums">{periodWordsOf(windowOf(segment), segmentStatus)?.lead ?? `${formatPercent(segmentStatus.errorBudget.remaining, 1)} left`}</dd>
              <dt className="text-muted">Status</dt>
              <dd>
                <SloStatusBadge status={segmentStatus.status} stale={segmentStatus.stale} lastDataAt={isoOrNull(segmentStatus.lastDataAtMs)} />
              </dd>
            </dl>
          </Card>
        ))}
      </div>
    </section>
  );
}

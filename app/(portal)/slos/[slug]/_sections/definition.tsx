// The SLO's definition as stored, and when its status was evaluated.
import type { SloRecord } from "@/db/queries/slos";
import { windowOf } from "@/db/queries/slos";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { describeWindow, formatTarget } from "@/lib/slo/format";
import { loadSloStatus } from "../_data";
import { kindLabelOf } from "./shared";

const METHOD_LABELS: Record<string, string> = { occurrences: "occurrences", timeslices: "timeslices", ratioTimeslices: "ratio of timeslices" };

export async function SloDefinition({ record }: { record: SloRecord }) {
  const { status } = await loadSloStatus(record.slug);
  return (
    <Card aria-labelledby="h-definition">
      <CardTitle id="h-definition">Definition</CardTitle>
      <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt className="text-muted">Slug</dt>
        <dd className="font-mono">{record.slug}</dd>
        <dt className="text-muted">SLI</dt>
        <dd>{kindLabelOf(record)}</dd>
        <dt className="text-muted">Budgeting</dt>
        <dd>
          {METHOD_LABELS[record.budgetingMethod]}
          {record.timesliceTarget !== null ? ` (a minute is good at ${formatTarget(record.timesliceTarget)})` : ""}
        </dd>
        <dt className="text-muted">Window</dt>
        <dd>{describeWindow(windowOf(record))}</dd>
        <dt className="text-muted">Data source</dt>
        <dd>
          {record.source.kind === "push" ? (
            "pushed to POST /api/v1/sli"
          ) : (
            // Nothing reads Prometheus yet: say so rather than name a source the SLO never gets data from.
            <span className="font-medium text-warning">Keel does not pull from Prometheus yet. This SLO&apos;s Prometheus queries are kept (and exported with it), but its data comes only from events pushed to POST /api/v1/sli.</span>
          )}
        </dd>
        <dt className="text-muted">Review every</dt>
        <dd>{record.reviewCadenceDays} days</dd>
        <dt className="text-muted">Evaluated</dt>
        <dd>
          <FormattedTime iso={new Date(status.atMs).toISOString()} />
        </dd>
      </dl>
    </Card>
  );
}

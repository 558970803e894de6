// The last 30 days of this SLO: data gaps, alerts fired, policy changes and the service's deployments.
import type { SloRecord } from "@/db/queries/slos";
import { listDeployments } from "@/db/queries/deploys";
import { listAlertEvents, listDataGaps, listPolicyEvents } from "@/db/queries/slo-history";
import { DataGaps } from "@/components/slo/data-gaps";
import { PolicyBadge } from "@/components/slo/status-badge";
import { Badge } from "@/components/ui/badge";
import { FormattedTime } from "@/components/ui/formatted-time";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBurnRate } from "@/lib/slo/format";
import { pageNow } from "../_data";

const thirtyDaysAgo = () => new Date(pageNow() - 30 * 86_400_000);

export async function SloDataGaps({ record }: { record: SloRecord }) {
  return <DataGaps gaps={await listDataGaps(record.id, thirtyDaysAgo())} />;
}

export async function SloAlertAndPolicyHistory({ record }: { record: SloRecord }) {
  const [alertHistory, policyHistory] = await Promise.all([listAlertEvents(record.id, thirtyDaysAgo()), listPolicyEvents(record.id, 20)]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="h-alert-history" className="grid content-start gap-2">
        <h2 id="h-alert-history" className="text-lg font-semibold">
          Alert history (30 days)
        </h2>
        {alertHistory.length === 0 ? (
          <p className="text-sm text-muted">No burn-rate alert fired in the last 30 days.</p>
        ) : (
          <Table label="Alert history">
            <thead>
              <tr>
                <Th>Alert</Th>
                <Th>Fired</Th>
                <Th>Resolved</Th>
                <Th>Peak burn</Th>
              </tr>
            </thead>
            <tbody>
              {alertHistory.map((event) => (
                <tr key={event.id}>
                  <Td>
                    {event.severity} {event.longWindow}/{event.shortWindow}
                  </Td>
                  <Td>
                    <FormattedTime iso={event.firedAt.toISOString()} />
                  </Td>
                  <Td>{event.resolvedAt ? <FormattedTime iso={event.resolvedAt.toISOString()} /> : <Badge tone="danger">firing</Badge>}</Td>
                  <Td className="tabular-nums">{formatBurnRate(event.peakBurnRate)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="h-policy-history" className="grid content-start gap-2">
        <h2 id="h-policy-history" className="text-lg font-semibold">
          Policy changes
        </h2>
        {policyHistory.length === 0 ? (
          <p className="text-sm text-muted">The policy state has not changed since Keel began evaluating this SLO.</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface text-sm">
            {policyHistory.map((event) => (
              <li key={event.id} className="p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <FormattedTime iso={event.at.toISOString()} />
                  <PolicyBadge state={event.fromState} /> → <PolicyBadge state={event.toState} />
                </div>
                {event.reasons.length ? <p className="mt-1 text-muted">{event.reasons.map((r) => r.message).join(" ")}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export async function SloDeployments({ record }: { record: SloRecord }) {
  const deployments = await listDeployments(record.serviceId, thirtyDaysAgo(), 10);
  return (
    <section aria-labelledby="h-deploys" className="grid gap-2">
      <h2 id="h-deploys" className="text-lg font-semibold">
        Recent deployments of {record.serviceName}
      </h2>
      {deployments.length === 0 ? (
        <p className="text-sm text-muted">
          No deployments recorded in the last 30 days. Pipelines record them with <code className="font-mono">POST /api/v1/deployments</code>.
        </p>
      ) : (
        <ul className="grid gap-1 text-sm">
          {deployments.map((d) => (
            <li key={d.id}>
              <FormattedTime iso={d.at.toISOString()} /> · <span className="font-mono">{d.version}</span> {d.description ? <span className="text-muted">— {d.description}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

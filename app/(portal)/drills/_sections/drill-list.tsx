// The drills themselves: per service how fast teams detect, acknowledge and escalate, the trend, and every drill.
import Link from "next/link";
import { DrillTimingsChart } from "@/components/incidents/drill-timings-chart";
import { DrillStatusBadge } from "@/components/incidents/drill-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { formatTiming } from "@/lib/incidents/view/format";
import { drillRow, summarizeByService, timingPoints } from "@/lib/incidents/view/drills";
import { searchDrills } from "@/lib/server/incidents/drills";

const FOLLOWED: Record<string, string> = { yes: "Followed", partly: "Partly", no: "Not followed" };

export async function DrillList({ service, team, canPlan }: { service?: string; team?: string; canPlan: boolean }) {
  const drills = await searchDrills({ service, team });
  if (drills.length === 0) {
    return (
      <EmptyState title={service || team ? "No drills for this filter" : "No drills yet"} action={canPlan ? <ButtonLink href="/drills/new" variant="primary">Plan a drill</ButtonLink> : null}>
        <p>A game day injects a fault on purpose — a partial CDN outage, an upstream timeout — and measures how fast the team detects it, acknowledges the page and escalates to the right owner, and whether the runbook works.</p>
        <p>Drills never count in incident figures.</p>
      </EmptyState>
    );
  }
  const rows = drills.map(drillRow);
  const perService = summarizeByService(drills);
  const points = timingPoints(drills).map((p) => ({ ...p, label: p.at.toISOString().slice(0, 10) }));
  return (
    <div className="grid gap-6">
      {perService.length ? (
        <section aria-labelledby="per-service" className="grid gap-2">
          <h2 id="per-service" className="text-lg font-semibold">
            Per service
          </h2>
          <Table label="Drill timings per service">
            <thead>
              <tr>
                <Th>Service</Th>
                <Th>Drills run</Th>
                <Th>Detect (mean)</Th>
                <Th>Acknowledge (mean)</Th>
                <Th>Escalate (mean)</Th>
                <Th>Runbook followed</Th>
                <Th>Last run</Th>
              </tr>
            </thead>
            <tbody>
              {perService.map((s) => (
                <tr key={s.service}>
                  <Td>
                    <Link href={`/services/${s.service}`} className="text-primary hover:underline">
                      {s.serviceName}
                    </Link>
                  </Td>
                  <Td className="tabular-nums">{s.drills}</Td>
                  <Td className="tabular-nums">{formatTiming(s.detect.mean)}</Td>
                  <Td className="tabular-nums">{formatTiming(s.acknowledge.mean)}</Td>
                  <Td className="tabular-nums">{formatTiming(s.escalate.mean)}</Td>
                  <Td>
                    {s.runbookFollowed.yes} yes · {s.runbookFollowed.partly} partly · {s.runbookFollowed.no} no
                  </Td>
                  <Td>{s.lastRunAt ? <FormattedTime iso={s.lastRunAt.toISOString()} dateOnly /> : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
      {points.length ? <DrillTimingsChart rows={points.map((p) => ({ key: p.key, label: p.label, service: p.service, detect: p.detect, acknowledge: p.acknowledge, escalate: p.escalate }))} /> : null}
      <section aria-labelledby="all-drills" className="grid gap-2">
        <h2 id="all-drills" className="text-lg font-semibold">
          All drills
        </h2>
        <TableOrCards
          cards={
            <RowCards label="Drills">
              {rows.map((d) => (
                <RowCard
                  key={d.id}
                  title={
                    <Link href={`/drills/${d.id}`} className="text-primary hover:underline">
                      {d.title}
                    </Link>
                  }
                  fields={[
                    { label: "Service", value: d.serviceName },
                    { label: "Status", value: <DrillStatusBadge status={d.status} /> },
                    { label: "Scheduled", value: <FormattedTime iso={d.scheduledAt.toISOString()} /> },
                    { label: "Detect / ack / escalate", value: `${formatTiming(d.timings.detectMinutes)} / ${formatTiming(d.timings.acknowledgeMinutes)} / ${formatTiming(d.timings.escalateMinutes)}` },
                  ]}
                />
              ))}
            </RowCards>
          }
        >
          <Table label="Drills">
            <thead>
              <tr>
                <Th>Drill</Th>
                <Th>Service</Th>
                <Th>Status</Th>
                <Th>Scheduled</Th>
                <Th>Detect</Th>
                <Th>Acknowledge</Th>
                <Th>Escalate</Th>
                <Th>Resolve</Th>
                <Th>Runbook</Th>
                <Th>Incident</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <Link href={`/drills/${d.id}`} className="font-medium text-primary hover:underline">
                      {d.title}
                    </Link>
                  </Td>
                  <Td>{d.serviceName}</Td>
                  <Td>
                    <DrillStatusBadge status={d.status} />
                  </Td>
                  <Td>
                    <FormattedTime iso={d.scheduledAt.toISOString()} />
                  </Td>
                  <Td className="tabular-nums">{formatTiming(d.timings.detectMinutes)}</Td>
                  <Td className="tabular-nums">{formatTiming(d.timings.acknowledgeMinutes)}</Td>
                  <Td className="tabular-nums">{formatTiming(d.timings.escalateMinutes)}</Td>
                  <Td className="tabular-nums">{formatTiming(d.timings.resolveMinutes)}</Td>
                  <Td>{d.runbookFollowed ? FOLLOWED[d.runbookFollowed] : "—"}</Td>
                  <Td>
                    {d.incident ? (
                      <Link href={`/incidents/${d.incident}`} className="text-primary hover:underline">
                        #{d.incident}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableOrCards>
      </section>
    </div>
  );
}

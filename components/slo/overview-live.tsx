"use client";
// The overview's SLO section: prefetched on the server, then refreshed every 30 s with React Query.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { StatCardLink, StatCardList } from "@/components/ui/stat-card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBurnRate } from "@/lib/slo/format";
import { buildOverview, type StatusObject } from "@/lib/slo/view/overview";
import { fetchSloStatuses, sloQueryKeys } from "@/lib/slo/queries";
import { TroubleList } from "./trouble-list";

const REFRESH_MS = 30_000;

const COUNT_CARDS = [
  ["Breached", "breached"],
  ["At risk", "at_risk"],
  ["Healthy", "healthy"],
  ["No data", "no_data"],
] as const;

export function OverviewLive({ initial, initialAt }: { initial: StatusObject[]; initialAt: number }) {
  const query = useQuery({ queryKey: sloQueryKeys.statuses(), queryFn: ({ signal }) => fetchSloStatuses(signal), initialData: initial, initialDataUpdatedAt: initialAt, refetchInterval: REFRESH_MS });
  const overview = buildOverview(query.data);
  const updated = new Date(query.dataUpdatedAt).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  if (query.data.length === 0) return null;
  return (
    <section aria-labelledby="slo-health" className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="slo-health" className="text-lg font-semibold">
          SLO health
        </h2>
        <p className="text-xs text-muted" aria-live="polite">
          {query.isError ? (
            <span className="text-danger">
              Could not refresh: {(query.error as Error).message}.{" "}
              <Button size="sm" variant="ghost" onClick={() => query.refetch()}>
                Retry
              </Button>
            </span>
          ) : (
            <>Updated {updated} · refreshes every 30 s{query.isFetching ? " · refreshing…" : ""}</>
          )}
        </p>
      </div>
      <StatCardList label="SLOs by status">
        {COUNT_CARDS.map(([label, status]) => (
          <li key={status}>
            <StatCardLink href={`/slos?status=${status}`} label={label} value={overview.counts[status]} unit={["SLO", "SLOs"]} />
          </li>
        ))}
      </StatCardList>
      {overview.stale ? (
        <p className="text-sm text-warning">
          <strong>Data missing</strong> for {overview.stale} SLO{overview.stale === 1 ? "" : "s"}: their status is computed from old data until SLI data arrives again.
        </p>
      ) : null}
      <p className="text-sm">
        {overview.frozenServices.length ? (
          <>
            <strong>Deploys frozen</strong> for {overview.frozenServices.join(", ")}.
          </>
        ) : (
          "No service is in a deploy freeze."
        )}
      </p>
      {overview.trouble.length ? <TroubleList rows={overview.trouble} /> : <p className="text-sm text-muted">Every SLO is within its budget.</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="firing-alerts" className="grid content-start gap-2">
          <h3 id="firing-alerts" className="font-semibold">
            Firing alerts
          </h3>
          {overview.firing.length ? (
            <Table label="Firing alerts">
              <thead>
                <tr>
                  <Th>SLO</Th>
                  <Th>Alert</Th>
                  <Th>Burn / threshold</Th>
                </tr>
              </thead>
              <tbody>
                {overview.firing.map((alert) => (
                  <tr key={`${alert.slug}-${alert.windows}`}>
                    <Td>
                      <Link href={`/slos/${alert.slug}`} className="text-primary hover:underline">
                        {alert.name}
                      </Link>
                    </Td>
                    <Td>
                      <Badge tone={alert.severity === "page" ? "danger" : "warning"}>{alert.severity}</Badge> {alert.windows}
                    </Td>
                    <Td className="tabular-nums">
                      {formatBurnRate(alert.burnRate)} / {formatBurnRate(alert.threshold)}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-muted">No burn-rate alert is firing.</p>
          )}
        </section>
        <section aria-labelledby="fastest" className="grid content-start gap-2">
          <h3 id="fastest" className="font-semibold">
            Burning fastest (last hour)
          </h3>
          {overview.fastest.length ? (
            <ol className="grid gap-1 text-sm">
              {overview.fastest.map((row) => (
                <li key={row.slug} className="flex justify-between gap-2">
                  <Link href={`/slos/${row.slug}`} className="text-primary hover:underline">
                    {row.name}
                  </Link>
                  <span className="tabular-nums">{formatBurnRate(row.burn1h)} the sustainable rate</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">No SLO is burning its budget faster than it can afford.</p>
          )}
        </section>
      </div>
    </section>
  );
}

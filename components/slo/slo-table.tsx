import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { decimalsFor, formatBudgetLeft, formatBurnRate, formatPercent, formatTarget } from "@/lib/slo/format";
import type { SloRow } from "@/lib/slo/view/rows";
import { BudgetSparkline } from "@/components/charts/sparkline";
import { PolicyBadge, SloStatusBadge } from "./status-badge";

const trendTone = (row: SloRow) => (row.remaining <= 0 ? "danger" : row.status === "at_risk" ? "warning" : "primary");

/** `showService` false on a service's own page, where every row has the same service. */
export function SloTable({ rows, label, showService = true }: { rows: SloRow[]; label: string; showService?: boolean }) {
  const trends = rows.some((row) => row.trend);
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>SLO</Th>
          {showService ? <Th className="hidden md:table-cell">Service</Th> : null}
          <Th>SLI / target</Th>
          <Th>Error budget</Th>
          {trends ? <Th className="hidden sm:table-cell">Budget, 7 days</Th> : null}
          <Th className="hidden sm:table-cell">Burn (1 h)</Th>
          <Th>Status</Th>
          <Th className="hidden lg:table-cell">Policy</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug} className="hover:bg-surface-2">
            <Td>
              <Link href={`/slos/${row.slug}`} className="font-medium text-primary hover:underline">
                {row.name}
              </Link>
              {row.segment ? <div className="text-xs text-muted">{row.segment}</div> : null}
            </Td>
            {showService ? (
              <Td className="hidden md:table-cell">
                <Link href={`/services/${row.service}`} className="hover:underline">
                  {row.serviceName}
                </Link>
              </Td>
            ) : null}
            <Td className="whitespace-nowrap tabular-nums">
              {formatPercent(row.sli, decimalsFor(row.target))} <span className="text-muted">/ {formatTarget(row.target)}</span>
            </Td>
            <Td className={`tabular-nums ${row.remaining <= 0 && !row.period ? "text-danger" : ""}`}>
              {row.period ? (
                <>
                  <div className={row.budgetLeft !== undefined && row.budgetLeft <= 0 ? "text-danger" : ""}>{row.period.lead}</div>
                  <div className="text-xs text-muted">{row.period.soFar}</div>
                </>
              ) : (
                formatBudgetLeft(row.remaining)
              )}
            </Td>
            {trends ? <Td className="hidden sm:table-cell">{row.trend ? <BudgetSparkline values={row.trend} tone={trendTone(row)} /> : null}</Td> : null}
            <Td className="hidden tabular-nums sm:table-cell">{formatBurnRate(row.burn1h)}</Td>
            <Td>
              <SloStatusBadge status={row.status} stale={row.stale} lastDataAt={row.lastDataAt} />
            </Td>
            <Td className="hidden lg:table-cell">
              <PolicyBadge state={row.policy} warmUpUntil={row.warmUpUntil} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

// The overview's SLOs in trouble: a table where it fits, cards below that, Why and Status always in sight.
import Link from "next/link";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { decimalsFor, formatBudgetLeft, formatPercent, formatTarget } from "@/lib/slo/format";
import type { SloRow } from "@/lib/slo/view/rows";
import { PolicyBadge, SloStatusBadge } from "./status-badge";

const LABEL = "SLOs in trouble";

function Budget({ row }: { row: SloRow }) {
  if (!row.period) return <span className={row.remaining <= 0 ? "text-danger" : undefined}>{formatBudgetLeft(row.remaining)}</span>;
  return (
    <>
      <span className={row.budgetLeft !== undefined && row.budgetLeft <= 0 ? "text-danger" : undefined}>{row.period.lead}</span>
      <span className="block text-xs text-muted">{row.period.soFar}</span>
    </>
  );
}

function RunsOut({ at }: { at: string | null | undefined }) {
  if (at === "spent") return <span className="text-danger">Already spent</span>;
  if (!at) return <span className="text-muted">Not at this rate</span>;
  return <FormattedTime iso={at} dateOnly />;
}

/** The status, and for a stale SLO the line that says its data stopped: as text that wraps, not a badge squeezed round. */
function Status({ row }: { row: SloRow }) {
  return (
    <span className="grid justify-items-start gap-1">
      <SloStatusBadge status={row.status} />
      {row.stale ? (
        <span className="text-xs text-warning">
          {row.lastDataAt ? (
            <>
              Data missing since <FormattedTime iso={row.lastDataAt} />
            </>
          ) : (
            "Data missing"
          )}
        </span>
      ) : null}
    </span>
  );
}

function SloName({ row }: { row: SloRow }) {
  return (
    <>
      <Link href={`/slos/${row.slug}`} className="font-medium text-primary hover:underline">
        {row.name}
      </Link>
      {row.segment ? <span className="block text-xs font-normal text-muted">{row.segment}</span> : null}
    </>
  );
}

function Target({ row }: { row: SloRow }) {
  return (
    <span className="tabular-nums">
      {formatPercent(row.sli, decimalsFor(row.target))} <span className="text-muted">/ {formatTarget(row.target)}</span>
    </span>
  );
}

function TroubleCards({ rows }: { rows: SloRow[] }) {
  return (
    <RowCards label={LABEL} className="md:grid-cols-2">
      {rows.map((row) => (
        <RowCard
          key={row.slug}
          title={<SloName row={row} />}
          fields={[
            {
              label: "Service",
              value: (
                <Link href={`/services/${row.service}`} className="hover:underline">
                  {row.serviceName}
                </Link>
              ),
            },
            { label: "Status", value: <Status row={row} /> },
            { label: "Policy", value: <PolicyBadge state={row.policy} warmUpUntil={row.warmUpUntil} /> },
            { label: "Why", value: row.why },
            { label: "SLI / target", value: <Target row={row} /> },
            { label: "Error budget", value: <Budget row={row} /> },
            { label: "Budget runs out", value: <RunsOut at={row.runsOutAt} /> },
          ]}
        />
      ))}
    </RowCards>
  );
}

// Fewer columns than the SLO list: the service goes under the SLO's name and the policy under its status, so Why fits on a laptop.
function TroubleTable({ rows }: { rows: SloRow[] }) {
  return (
    <Table label={LABEL}>
      <thead>
        <tr>
          <Th>SLO</Th>
          <Th>Status</Th>
          <Th>SLI / target</Th>
          <Th>Error budget</Th>
          <Th>Why</Th>
          <Th>Budget runs out</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug} className="hover:bg-surface-2">
            <Td className="min-w-36">
              <SloName row={row} />
              <Link href={`/services/${row.service}`} className="block text-xs text-muted hover:underline">
                {row.serviceName}
              </Link>
            </Td>
            <Td className="min-w-28">
              <span className="grid justify-items-start gap-1">
                <Status row={row} />
                <PolicyBadge state={row.policy} warmUpUntil={row.warmUpUntil} />
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              <Target row={row} />
            </Td>
            <Td className="min-w-32 tabular-nums">
              <Budget row={row} />
            </Td>
            <Td className="min-w-56">{row.why}</Td>
            <Td className="whitespace-nowrap">
              <RunsOut at={row.runsOutAt} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Cards below xl (with the sidebar, narrower than about 1,000 px for the table), where Why and Status would scroll out of sight; the table from there. */
export function TroubleList({ rows }: { rows: SloRow[] }) {
  return (
    <TableOrCards from="xl" cards={<TroubleCards rows={rows} />}>
      <TroubleTable rows={rows} />
    </TableOrCards>
  );
}

// The incident log's rows: a table on wide screens, cards on phones.
import Link from "next/link";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import type { IncidentRow } from "@/lib/incidents/view/rows";
import { DrillBadge, OverdueBadge, SeverityBadge, StatusBadge } from "./badges";

function Services({ services }: { services: IncidentRow["services"] }) {
  return (
    <span className="flex flex-wrap gap-x-2">
      {services.map((s) => (
        <Link key={s.slug} href={`/services/${s.slug}`} className="text-primary hover:underline">
          {s.name}
        </Link>
      ))}
    </span>
  );
}

function Title({ row }: { row: IncidentRow }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Link href={row.href} className="font-medium text-primary hover:underline">
        #{row.number} {row.title}
      </Link>
      {row.isDrill ? <DrillBadge /> : null}
    </span>
  );
}

function Status({ row }: { row: IncidentRow }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      <StatusBadge status={row.status} />
      {row.overdue ? <OverdueBadge title={row.overdueText} /> : null}
    </span>
  );
}

function Started({ row }: { row: IncidentRow }) {
  return (
    <span className="grid">
      <FormattedTime iso={row.startedAtIso} />
      <span className="text-xs text-muted">{row.duration}</span>
    </span>
  );
}

export function IncidentTable({ rows, label, caption }: { rows: IncidentRow[]; label: string; caption: string }) {
  return (
    <TableOrCards
      from="lg"
      cards={
        <RowCards label={label}>
          {rows.map((row) => (
            <RowCard
              key={row.number}
              title={<Title row={row} />}
              fields={[
                { label: "Severity", value: <SeverityBadge severity={row.severity} /> },
                { label: "Status", value: <Status row={row} /> },
                { label: "Services", value: <Services services={row.services} /> },
                { label: "Started", value: <Started row={row} /> },
                { label: "Lead", value: row.lead ?? <span className="text-muted">Nobody yet</span> },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label={label}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <Th>Incident</Th>
            <Th>Severity</Th>
            <Th>Status</Th>
            <Th>Services</Th>
            <Th>Started</Th>
            <Th>Lead</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className="hover:bg-surface-2">
              <Td className="max-w-md">
                <Title row={row} />
              </Td>
              <Td>
                <SeverityBadge severity={row.severity} />
              </Td>
              <Td>
                <Status row={row} />
              </Td>
              <Td>
                <Services services={row.services} />
              </Td>
              <Td className="whitespace-nowrap">
                <Started row={row} />
              </Td>
              <Td>{row.lead ?? <span className="text-muted">Nobody yet</span>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

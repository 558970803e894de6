import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { decimalsFor, formatBurnRate, formatPercent, formatTarget } from "@/lib/slo/format";
import { PolicyBadge, SloStatusBadge } from "./status-badge";

export type SloRow = {
  slug: string;
  name: string;
  service: string;
  serviceName: string;
  team: string;
  segment: string | null;
  target: number;
  sli: number | null;
  remaining: number;
  burn1h: number;
  status: string;
  policy: string;
  /** The service's tier, where the caller knows it. */
  tier?: number;
};

export function SloTable({ rows, label }: { rows: SloRow[]; label: string }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <Th>SLO</Th>
          <Th className="hidden md:table-cell">Service</Th>
          <Th>SLI / target</Th>
          <Th>Budget left</Th>
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
            <Td className="hidden md:table-cell">
              <Link href={`/services/${row.service}`} className="hover:underline">
                {row.serviceName}
              </Link>
            </Td>
            <Td className="whitespace-nowrap tabular-nums">
              {formatPercent(row.sli, decimalsFor(row.target))} <span className="text-muted">/ {formatTarget(row.target)}</span>
            </Td>
            <Td className={`tabular-nums ${row.remaining <= 0 ? "text-danger" : ""}`}>{formatPercent(row.remaining, 1)}</Td>
            <Td className="hidden tabular-nums sm:table-cell">{formatBurnRate(row.burn1h)}</Td>
            <Td>
              <SloStatusBadge status={row.status} />
            </Td>
            <Td className="hidden lg:table-cell">
              <PolicyBadge state={row.policy} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

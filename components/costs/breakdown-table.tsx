// A month's breakdown: each key's cost, its share of the total and last month's cost, as a table (cards on a phone).
import Link from "next/link";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { ratio, type BreakdownRow } from "@/lib/costs/showback";
import { formatChangeRatio, formatMoney, formatShare } from "@/lib/costs/view/format";

export type BreakdownTableRow = BreakdownRow & { href?: string };

const changeOf = (row: BreakdownRow) => formatChangeRatio(row.previousCost === 0n ? null : ratio(row.cost - row.previousCost, row.previousCost));

export function BreakdownTable({ label, keyLabel, rows, currency }: { label: string; keyLabel: string; rows: readonly BreakdownTableRow[]; currency: string }) {
  const name = (row: BreakdownTableRow) =>
    row.href ? (
      <Link href={row.href} className="text-primary underline-offset-2 hover:underline">
        {row.key}
      </Link>
    ) : (
      row.key
    );
  return (
    <TableOrCards
      cards={
        <RowCards label={label}>
          {rows.map((row) => (
            <RowCard
              key={row.key}
              title={name(row)}
              fields={[
                { label: "Cost", value: formatMoney(row.cost, currency) },
                { label: "Share", value: formatShare(row.share) },
                { label: "Last month", value: `${formatMoney(row.previousCost, currency)} (${changeOf(row)})` },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label={label}>
        <thead>
          <tr>
            <Th>{keyLabel}</Th>
            <Th className="text-right">Cost</Th>
            <Th className="text-right">Share</Th>
            <Th className="text-right">Last month</Th>
            <Th className="text-right">Change</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <Td>{name(row)}</Td>
              <Td className="text-right tabular-nums">{formatMoney(row.cost, currency)}</Td>
              <Td className="text-right tabular-nums">
                <span className="inline-flex items-center justify-end gap-2">
                  <span aria-hidden="true" className="hidden h-2 w-16 overflow-hidden rounded bg-border sm:inline-block">
                    <span className="block h-full bg-primary" style={{ width: `${Math.min(100, row.share * 100)}%` }} />
                  </span>
                  {formatShare(row.share)}
                </span>
              </Td>
              <Td className="text-right tabular-nums">{formatMoney(row.previousCost, currency)}</Td>
              <Td className="text-right tabular-nums">{changeOf(row)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

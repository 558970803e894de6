// A breakdown as a table on wide screens and as cards on a phone (no sideways scrolling), from one list of rows.
import type { ReactNode } from "react";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";

export type FigureRow = { key: string | number; title: ReactNode; cells: ReactNode[] };

export function FigureTable({ label, columns, rows }: { label: string; columns: string[]; rows: FigureRow[] }) {
  const [first, ...rest] = columns;
  return (
    <TableOrCards
      cards={
        <RowCards label={label}>
          {rows.map((row) => (
            <RowCard key={row.key} title={row.title} fields={rest.map((column, i) => ({ label: column, value: row.cells[i] }))} />
          ))}
        </RowCards>
      }
    >
      <Table label={label}>
        <thead>
          <tr>
            <Th>{first}</Th>
            {rest.map((column) => (
              <Th key={column} className="text-right">
                {column}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <Td>{row.title}</Td>
              {row.cells.map((cell, i) => (
                <Td key={rest[i]} className="text-right tabular-nums">
                  {cell}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

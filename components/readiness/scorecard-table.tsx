// The scorecard: services × categories, each cell passed/applicable with its level; cards on a phone.
import Link from "next/link";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import type { ReadinessLevel, ReadinessState } from "@/lib/readiness/types";
import { LEVEL_LABELS } from "@/lib/readiness/view/scorecard";
import { ReadinessLevelBadge, ReadinessStateBadge } from "./readiness-badges";

export type ScorecardRowView = {
  slug: string;
  name: string;
  teamName: string;
  tier: number;
  state: ReadinessState;
  level: ReadinessLevel;
  passed: number;
  applicable: number;
  cells: Record<string, { passed: number; applicable: number; level: ReadinessLevel }>;
};

const CELL_CLASSES: Record<ReadinessLevel, string> = {
  none: "text-muted",
  bronze: "text-warning",
  silver: "text-primary",
  gold: "text-success",
};

function Cell({ cell }: { cell: ScorecardRowView["cells"][string] | undefined }) {
  if (!cell) return <span className="text-muted">—</span>;
  return (
    <span className={`whitespace-nowrap tabular-nums ${CELL_CLASSES[cell.level]}`}>
      {cell.passed}/{cell.applicable} <span className="text-xs">{cell.level === "none" ? "" : LEVEL_LABELS[cell.level]}</span>
    </span>
  );
}

export function ScorecardTable({ rows, categories }: { rows: ScorecardRowView[]; categories: { key: string; name: string }[] }) {
  return (
    <TableOrCards
      cards={
        <RowCards label="Readiness scorecard">
          {rows.map((row) => (
            <RowCard
              key={row.slug}
              title={
                <Link href={`/services/${row.slug}#readiness`} className="text-primary hover:underline">
                  {row.name}
                </Link>
              }
              fields={[
                { label: "Team · tier", value: `${row.teamName} · Tier ${row.tier}` },
                { label: "State", value: <ReadinessStateBadge state={row.state} /> },
                { label: "Level", value: <ReadinessLevelBadge level={row.level} passed={row.passed} applicable={row.applicable} /> },
                ...categories.filter((c) => row.cells[c.key]).map((c) => ({ label: c.name, value: <Cell cell={row.cells[c.key]} /> })),
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Readiness scorecard">
        <thead>
          <tr>
            <Th scope="col">Service</Th>
            <Th scope="col">Team</Th>
            <Th scope="col">Tier</Th>
            <Th scope="col">State</Th>
            <Th scope="col">Level</Th>
            {categories.map((c) => (
              <Th key={c.key} scope="col">
                {c.name}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <Th scope="row" className="font-normal">
                <Link href={`/services/${row.slug}#readiness`} className="text-primary hover:underline">
                  {row.name}
                </Link>
              </Th>
              <Td>{row.teamName}</Td>
              <Td className="tabular-nums">{row.tier}</Td>
              <Td>
                <ReadinessStateBadge state={row.state} />
              </Td>
              <Td>
                <ReadinessLevelBadge level={row.level} passed={row.passed} applicable={row.applicable} />
              </Td>
              {categories.map((c) => (
                <Td key={c.key}>
                  <Cell cell={row.cells[c.key]} />
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

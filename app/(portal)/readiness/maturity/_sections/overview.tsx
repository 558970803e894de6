// Every team's latest stage, the quarter it was assessed for, and the trend since the assessment before.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { maturityOverview, type MaturityOverviewRow } from "@/lib/server/readiness/maturity";

function Trend({ row }: { row: MaturityOverviewRow }) {
  if (!row.trend) return <span className="text-muted">{row.stage ? "First assessment" : "—"}</span>;
  if (row.trend === "same") return <span>Steady at stage {row.stage}</span>;
  return <Badge tone={row.trend === "up" ? "success" : "danger"}>{row.trend === "up" ? `Up from stage ${row.previousStage}` : `Down from stage ${row.previousStage}`}</Badge>;
}

const stageText = (row: MaturityOverviewRow) => (row.stage ? `Stage ${row.stage}: ${row.stageName}` : "Not assessed");
const historyText = (row: MaturityOverviewRow) => (row.history.length ? row.history.map((h) => `${h.quarter} ${h.stage}`).join(" → ") : "—");

export async function MaturityOverview() {
  const rows = await maturityOverview();
  if (!rows.length) {
    return (
      <EmptyState title="No teams yet">
        <p>Teams are created by an admin in Settings → Teams; each then assesses its maturity here once a quarter.</p>
      </EmptyState>
    );
  }
  const teamLink = (row: MaturityOverviewRow) => (
    <Link href={`/readiness/maturity/${row.slug}`} className="font-medium text-primary hover:underline">
      {row.name}
    </Link>
  );
  return (
    <TableOrCards
      cards={
        <RowCards label="Team maturity">
          {rows.map((row) => (
            <RowCard
              key={row.slug}
              title={teamLink(row)}
              fields={[
                { label: "Stage", value: stageText(row) },
                { label: "Assessed", value: row.quarter ?? "—" },
                { label: "Trend", value: <Trend row={row} /> },
                { label: "History", value: historyText(row) },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Team maturity">
        <thead>
          <tr>
            <Th>Team</Th>
            <Th>Stage</Th>
            <Th>Assessed for</Th>
            <Th>Trend</Th>
            <Th>Stage by quarter</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <Td>{teamLink(row)}</Td>
              <Td>{stageText(row)}</Td>
              <Td>{row.quarter ?? "—"}</Td>
              <Td>
                <Trend row={row} />
              </Td>
              <Td className="tabular-nums">{historyText(row)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

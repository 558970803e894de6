// The computed impact: how long it lasted and the share of each affected SLO's error budget it burned.
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { loadImpact } from "../_data";

const percent = (share: number | null) => (share === null ? "No data" : `${(share * 100).toFixed(share < 0.1 ? 2 : 1)} %`);
const target = (t: number) => `${+(t * 100).toFixed(4)} %`;

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export async function ImpactSection({ number, usersAffected }: { number: number; usersAffected: string }) {
  const impact = await loadImpact(number);
  if (!impact) return null;
  return (
    <div className="grid gap-3">
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Duration</dt>
        <dd>{duration(impact.durationMinutes)}{impact.ongoing ? " so far (not resolved yet)" : ""}</dd>
        <dt className="text-muted">Users affected</dt>
        <dd className="[overflow-wrap:anywhere]">{usersAffected || <span className="text-muted">Not filled in yet: see the field below.</span>}</dd>
      </dl>
      {impact.slos.length === 0 ? (
        <EmptyState title="No SLOs on the affected services">
          <p>Define an SLO for the affected services to see how much error budget incidents like this one burn.</p>
        </EmptyState>
      ) : (
        <TableOrCards
          cards={
            <RowCards label="Error budget burned">
              {impact.slos.map((slo) => (
                <RowCard
                  key={slo.slug}
                  title={<Link href={`/slos/${slo.slug}`} className="text-primary hover:underline">{slo.name}</Link>}
                  fields={[
                    { label: "Service", value: slo.service },
                    { label: "Target", value: target(slo.target) },
                    { label: "Budget burned", value: percent(slo.budgetBurned) },
                  ]}
                />
              ))}
            </RowCards>
          }
        >
          <Table label="Error budget burned">
            <thead>
              <tr>
                <Th>SLO</Th>
                <Th>Service</Th>
                <Th>Target</Th>
                <Th className="text-right">Budget burned</Th>
              </tr>
            </thead>
            <tbody>
              {impact.slos.map((slo) => (
                <tr key={slo.slug}>
                  <Td>
                    <Link href={`/slos/${slo.slug}`} className="text-primary hover:underline">
                      {slo.name}
                    </Link>
                  </Td>
                  <Td>{slo.service}</Td>
                  <Td>{target(slo.target)}</Td>
                  <Td className="text-right tabular-nums">{percent(slo.budgetBurned)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableOrCards>
      )}
      <p className="text-xs text-muted">Budget burned: the bad events during the incident as a share of the SLO window&apos;s whole error budget when it ended.</p>
    </div>
  );
}

// A month's breakdown by one dimension (of one team or service in the drill-down); teams and their services link deeper.
import { BreakdownTable } from "@/components/costs/breakdown-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { formatMonth } from "@/lib/costs/view/format";
import { showbackIn } from "@/lib/server/costs/showback";
import { loadScope } from "../_data";

type BreakdownProps = { month: string; groupBy: ShowbackGroupBy; label: string; team?: string; service?: string; headingLevel?: "h2" | "h3" };

function drillHref(key: string, { month, groupBy, team, service }: BreakdownProps): string | undefined {
  if (groupBy === "team" && !team) return `/costs/teams/${encodeURIComponent(key)}?month=${month}`;
  if (groupBy === "service" && team && !service) return `/costs/teams/${encodeURIComponent(team)}/${encodeURIComponent(key)}?month=${month}`;
  return undefined;
}

export async function Breakdown(props: BreakdownProps) {
  const { month, groupBy, label, team, service, headingLevel: Heading = "h2" } = props;
  const { scope, rows } = showbackIn(await loadScope(month), { groupBy, team, service });
  const id = `cost-breakdown-${groupBy}`;
  return (
    <section aria-labelledby={id} className="grid gap-2">
      <Heading id={id} className="text-lg font-semibold">
        By {label.toLowerCase()}
      </Heading>
      {rows.length === 0 ? (
        <EmptyState title={`No costs in ${formatMonth(month)}`}>
          <p>Pick another month, or import this month&apos;s costs on the import page.</p>
        </EmptyState>
      ) : (
        <BreakdownTable
          label={`Cost by ${label.toLowerCase()}, ${formatMonth(month)}`}
          keyLabel={label}
          currency={scope.currency}
          rows={rows.map((row) => ({ ...row, href: drillHref(row.key, props) }))}
        />
      )}
    </section>
  );
}

// The month's breakdown by the chosen dimension; teams link to their drill-down.
import { BreakdownTable } from "@/components/costs/breakdown-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { formatMonth } from "@/lib/costs/view/format";
import { showback } from "@/lib/server/costs/showback";
import { pageCaller } from "../_data";

export async function Breakdown({ month, groupBy, label }: { month: string; groupBy: ShowbackGroupBy; label: string }) {
  const { scope, rows } = await showback(await pageCaller(), { month, groupBy });
  return (
    <section aria-labelledby="cost-breakdown" className="grid gap-2">
      <h2 id="cost-breakdown" className="text-lg font-semibold">
        By {label.toLowerCase()}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={`No costs in ${formatMonth(month)}`}>
          <p>Pick another month above, or import this month&apos;s costs from the import page.</p>
        </EmptyState>
      ) : (
        <BreakdownTable
          label={`Cost by ${label.toLowerCase()}, ${formatMonth(month)}`}
          keyLabel={label}
          currency={scope.currency}
          rows={rows.map((row) => ({ ...row, href: groupBy === "team" ? `/costs/teams/${encodeURIComponent(row.key)}?month=${month}` : undefined }))}
        />
      )}
    </section>
  );
}

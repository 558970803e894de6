// The month's total and how it moved against the month before.
import { shiftMonth } from "@/lib/costs/showback";
import { formatChangeRatio, formatMoney, formatMonth } from "@/lib/costs/view/format";
import { showbackIn } from "@/lib/server/costs/showback";
import { loadScope } from "../_data";

export async function Summary({ month }: { month: string }) {
  const { scope, total } = showbackIn(await loadScope(month), { groupBy: "team" });
  const up = total.change > 0n;
  return (
    <section aria-labelledby="cost-total" className="grid gap-3 sm:grid-cols-2">
      <div className="rounded-lg border border-border bg-surface p-4">
        <h2 id="cost-total" className="text-sm font-medium text-muted">
          Total, {formatMonth(month)}
        </h2>
        <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="cost-total">
          {formatMoney(total.current, scope.currency)}
        </p>
        {scope.otherCurrencies.length ? <p className="mt-1 text-xs text-muted">Records in {scope.otherCurrencies.join(", ")} are not included: the figures are in {scope.currency}.</p> : null}
      </div>
      <div className="rounded-lg border border-border bg-surface p-4">
        <h3 className="text-sm font-medium text-muted">Change from {formatMonth(shiftMonth(month, -1))}</h3>
        <p className="mt-1 text-3xl font-semibold tabular-nums">{formatChangeRatio(total.ratio)}</p>
        <p className="mt-1 text-sm text-muted">
          {up ? "Up" : total.change < 0n ? "Down" : "Unchanged"} {formatMoney(up ? total.change : -total.change, scope.currency)} from {formatMoney(total.previous, scope.currency)}
        </p>
      </div>
    </section>
  );
}

// The service's observability cost: its newest month with costs, the change from the month before, by signal.
import Link from "next/link";
import type { ServiceWithTeam } from "@/db/queries/services";
import { callerOf, requirePageUser } from "@/lib/auth/session";
import { formatChangeRatio, formatMoney, formatMonth, formatShare } from "@/lib/costs/view/format";
import { serviceCosts } from "@/lib/server/costs/showback";

export async function ServiceCostsSection({ service }: { service: ServiceWithTeam }) {
  const costs = await serviceCosts(callerOf(await requirePageUser()), service.slug);
  if (!costs) {
    return (
      <p className="text-sm text-muted">
        No observability costs are recorded for {service.name}. Import a cost export whose lines carry the service tag <span className="font-mono">{service.slug}</span> on the{" "}
        <Link href="/costs/import" className="text-primary underline underline-offset-2">
          cost import page
        </Link>
        .
      </p>
    );
  }
  const money = (value: bigint) => formatMoney(value, costs.currency);
  return (
    <div className="grid gap-3 text-sm">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{formatMonth(costs.month)}</dt>
        <dd className="font-semibold tabular-nums">{money(costs.total.current)}</dd>
        <dt className="text-muted">Change from the month before</dt>
        <dd className="tabular-nums">
          {formatChangeRatio(costs.total.ratio)} (from {money(costs.total.previous)})
        </dd>
      </dl>
      <ul aria-label={`Cost by signal, ${formatMonth(costs.month)}`} className="grid gap-1">
        {costs.bySignal.map((row) => (
          <li key={row.key} className="flex flex-wrap justify-between gap-2 border-b border-border py-1">
            <span>{row.key}</span>
            <span className="tabular-nums">
              {money(row.cost)} · {formatShare(row.share)}
            </span>
          </li>
        ))}
      </ul>
      <div>
        <Link href={`/costs/teams/${encodeURIComponent(service.teamSlug)}/${encodeURIComponent(service.slug)}?month=${costs.month}`} className="text-primary underline underline-offset-2">
          Cost details of {service.name}
        </Link>
      </div>
    </div>
  );
}

// The what-if simulator: what a month's observability bill would be with other retention, debug-log, sampling,
// cold-storage and roll-up choices, per team, recomputed in the browser as a lever moves; saved scenarios; prices.
import { WhatIfPricesForm } from "@/components/costs/whatif/prices-form";
import { WhatIfSimulator } from "@/components/costs/whatif/simulator";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { scenarios } from "@/lib/server/costs/scenarios";
import { costPrices, whatIfBaseline, whatIfMonths } from "@/lib/server/costs/whatif";

export const metadata = { title: "Cost what-if" };

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [prices, months, saved] = await Promise.all([costPrices(), whatIfMonths(), scenarios()]);
  const month = params.month && months.includes(params.month) ? params.month : months[0];
  const baseline = month ? await whatIfBaseline(month, prices) : null;
  const isAdmin = user.role === "admin";
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Cost what-if"
        description="What each team's observability bill would be with shorter retention, fewer debug logs, sampled traces, cold storage or log summaries. New scenarios start from the fintech case study's plan; move a lever and the projection follows."
      />
      {baseline && baseline.lines.length > 0 ? (
        <WhatIfSimulator
          baseline={baseline}
          prices={prices}
          months={months}
          scenarios={saved.map((s) => ({ id: s.id, name: s.name, levers: s.levers }))}
          canSave={hasRole(user.role, "editor")}
        />
      ) : (
        <EmptyState title="No cost records yet" action={<ButtonLink href="/costs/import">Import cost records</ButtonLink>}>
          <p>The simulator projects a month of imported cost records. Import a FOCUS or simple CSV export from your observability tools, then come back to try retention and sampling changes.</p>
        </EmptyState>
      )}
      {isAdmin ? <WhatIfPricesForm prices={prices} /> : null}
    </div>
  );
}

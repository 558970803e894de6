// Teams' monthly observability budgets on the cost settings: a team's members and admins set them; others read them.
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";
import { teamChangeRefusal } from "@/lib/access/caller";
import { callerOf, requirePageUser } from "@/lib/auth/session";
import { formatNanos } from "@/lib/costs/money";
import { teamBudgets } from "@/lib/server/costs/budgets";
import { TeamBudgetForm } from "./team-budget-form";

/** Exact decimal text for the amount box: "1500.5", "1500". */
const exact = (nanos: bigint) => formatNanos(nanos, 9).replace(/\.?0+$/, "");

export async function TeamBudgetsSection() {
  const user = await requirePageUser();
  const budgets = await teamBudgets();
  const caller = callerOf(user);
  const editable = budgets.filter((b) => teamChangeRefusal(caller, { id: b.teamId, slug: b.team }, "its budget") === null);
  return (
    <section aria-labelledby="h-team-budgets" className="grid gap-3">
      <div>
        <h2 id="h-team-budgets" className="text-lg font-semibold">
          Team budgets
        </h2>
        <p className="text-sm text-muted">Each team&apos;s monthly observability budget. The Costs pages warn when a month reaches the thresholds above.</p>
      </div>
      {budgets.length === 0 ? (
        <EmptyState title="No teams yet" action={user.role === "admin" ? <ButtonLink href="/settings/teams">Create a team</ButtonLink> : undefined}>
          <p>Budgets belong to teams. {user.role === "admin" ? "Create a team first, then give it a budget here." : "Ask an admin to create your team."}</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-3" aria-label="Team budgets">
          {budgets.map((b) => {
            const amount = b.budget ? `${formatNanos(b.budget.monthlyNanos, 2)} ${b.budget.currency}` : "No budget";
            return (
              <li key={b.team} className="rounded-lg border border-border bg-surface p-4">
                <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-medium">{b.teamName}</h3>
                  <span className="text-sm text-muted">{b.budget ? `${amount} a month` : "No budget set"}</span>
                </div>
                {editable.includes(b) ? <TeamBudgetForm team={b.team} teamName={b.teamName} amount={b.budget ? exact(b.budget.monthlyNanos) : ""} currency={b.budget?.currency ?? "USD"} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {budgets.length > 0 && editable.length === 0 ? <p className="text-sm text-muted">Members of a team and admins set its budget.</p> : null}
    </section>
  );
}

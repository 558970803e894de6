// Cost thresholds on the cost settings: admins edit them; everyone else reads what the Costs pages apply.
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { costPolicy } from "@/lib/server/costs/policy";
import { CostPolicyForm } from "./cost-policy-form";

const percent = (share: number) => `${Math.round(share * 100 * 1e6) / 1e6}%`;

export async function CostPolicySection() {
  const user = await requirePageUser();
  const policy = await costPolicy();
  return (
    <section aria-labelledby="h-cost-thresholds" className="grid gap-3">
      <h2 id="h-cost-thresholds" className="text-lg font-semibold">
        Thresholds
      </h2>
      {user.role === "admin" ? (
        <CostPolicyForm policy={policy} />
      ) : (
        <Card aria-label="Cost thresholds in force">
          <h3 className="text-base font-semibold">Thresholds in force</h3>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            {[
              ["Budget warning at", `${percent(policy.budgetWarnAt)} of the budget`],
              ["Over budget at", `${percent(policy.budgetOverAt)} of the budget`],
              ["Anomaly beyond", `${policy.anomalySigma} standard deviations of the last ${policy.anomalyTrailingMonths} months`],
              ["Or above their mean by", percent(policy.anomalyAboveMean)],
              ["Forecast", `${policy.forecastMonths} months ahead`],
            ].map(([term, value]) => (
              <div key={term} className="flex flex-col">
                <dt className="text-muted">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-muted">Only admins change the thresholds.</p>
        </Card>
      )}
    </section>
  );
}

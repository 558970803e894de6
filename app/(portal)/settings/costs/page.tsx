import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { CostPolicySection } from "./_sections/cost-policy-section";
import { TeamBudgetsSection } from "./_sections/team-budgets-section";

export const metadata = { title: "Cost settings" };

// Each section is its own file under _sections/ and decides its own controls by the signed-in person's rights.
export default async function CostSettingsPage() {
  const user = await requirePageUser();
  return (
    <div className="grid max-w-4xl gap-8">
      <PageHeader title="Cost settings" description="The thresholds the Costs section applies to budgets, anomalies and forecasts, and each team's monthly observability budget." />
      <CostPolicySection user={user} />
      <TeamBudgetsSection user={user} />
    </div>
  );
}

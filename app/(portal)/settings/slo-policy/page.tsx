import { getOrgBudgetPolicy, getTierTargets } from "@/db/queries/settings";
import { PolicyForm, TierTargetsForm } from "@/components/settings/slo-policy";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { toPercentText } from "@/lib/slo/policy-form";

export const metadata = { title: "SLO policy" };

export default async function SloPolicyPage() {
  await requirePageRole("admin");
  const [policy, tiers] = await Promise.all([getOrgBudgetPolicy(), getTierTargets()]);
  return (
    <div className="grid gap-6">
      <PageHeader title="SLO policy" description="The organisation's error budget policy, which every SLO follows unless it overrides a rule, and the default targets offered for new SLOs." />
      <Card aria-labelledby="policy" className="max-w-3xl">
        <CardTitle id="policy">Error budget policy</CardTitle>
        <PolicyForm
          initial={{
            warnBelowPercent: toPercentText(policy.warnBelowRemaining),
            freezeAtOrBelowPercent: toPercentText(policy.freezeAtOrBelowRemaining),
            earlyBurnPercent: toPercentText(policy.earlyBurn?.consumedAbove ?? null),
            earlyBurnDays: policy.earlyBurn ? String(policy.earlyBurn.withinDays) : "",
            freezeOnPage: policy.freezeOnPage ? "on" : "off",
            warmUpHours: String(policy.warmUpHours),
          }}
        />
      </Card>
      <Card aria-labelledby="tiers" className="max-w-3xl">
        <CardTitle id="tiers">Default targets by service tier</CardTitle>
        <TierTargetsForm initial={{ tier1: toPercentText(tiers[1]), tier2: toPercentText(tiers[2]), tier3: toPercentText(tiers[3]) }} />
      </Card>
    </div>
  );
}

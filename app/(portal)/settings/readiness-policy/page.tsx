import { ReadinessPolicyForm } from "@/components/settings/readiness-policy";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { readinessPolicy } from "@/lib/server/readiness/policy";

export const metadata = { title: "Readiness policy" };

export default async function ReadinessPolicyPage() {
  await requirePageRole("admin");
  const policy = await readinessPolicy();
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Readiness policy"
        description="How long an approved production readiness review keeps a service ready, what the automatic checks ask for by default, and the share of passed items each scorecard level needs."
      />
      <ReadinessPolicyForm policy={policy} />
    </div>
  );
}

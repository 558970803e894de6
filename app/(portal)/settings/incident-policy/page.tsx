import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { IncidentPolicyForm } from "@/components/settings/incident-policy";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";

export const metadata = { title: "Incident policy" };

export default async function IncidentPolicyPage() {
  await requirePageRole("admin");
  const policy = await getIncidentPolicy();
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Incident policy"
        description="What each severity means, how fast it must be answered and resolved, when it escalates and whether it needs a postmortem. People see the meanings and targets when they declare an incident."
      />
      <IncidentPolicyForm policy={policy} />
    </div>
  );
}

// Declaring an incident: the severity policy's meanings and targets beside each severity, services grouped by team.
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { listServices } from "@/db/queries/services";
import { IncidentForm, type ServiceGroup } from "@/components/incidents/incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { SEVERITIES } from "@/lib/incidents/types";
import { activePeople } from "../_people";
import { declareIncidentAction } from "../actions";

export const metadata = { title: "Declare incident" };

export default async function DeclareIncidentPage({ searchParams }: { searchParams: Promise<{ service?: string | string[] }> }) {
  const user = await requirePageRole("editor");
  const { service } = await searchParams;
  const [policy, services, people] = await Promise.all([getIncidentPolicy(), listServices(), activePeople()]);
  const groups = new Map<string, ServiceGroup & { mine: boolean }>();
  for (const s of services) {
    const group = groups.get(s.teamSlug) ?? { team: s.teamName, services: [], mine: user.teamIds.includes(s.teamId) };
    group.services.push({ slug: s.slug, name: s.name });
    groups.set(s.teamSlug, group);
  }
  // The person's own teams first: the first service ticked decides who owns the incident.
  const serviceGroups = [...groups.values()].sort((a, b) => Number(b.mine) - Number(a.mine) || a.team.localeCompare(b.team)).map(({ team, services }) => ({ team, services }));
  return (
    <div>
      <PageHeader title="Declare incident" description="Something is wrong for users. Say what, how bad and where; Keel numbers it, starts its timeline and applies the severity's targets." />
      {services.length === 0 ? (
        <p className="text-sm text-muted">An incident names the services it affects, and there are none yet. Add a service first under Services.</p>
      ) : (
        <IncidentForm
          action={declareIncidentAction}
          severities={SEVERITIES.map((severity) => ({ severity, rule: policy.severities[severity] }))}
          serviceGroups={serviceGroups}
          people={people}
          preselected={[service ?? []].flat()}
        />
      )}
    </div>
  );
}

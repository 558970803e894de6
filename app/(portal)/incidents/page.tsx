import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="Incidents"
      description="The incident log: severity, lifecycle from triggered to resolved, the timeline, and the blameless postmortem that follows."
      emptyTitle="No incidents recorded"
    >
      <p>Incidents are opened by people declaring them, by Alertmanager webhooks and by SLO page alerts.</p>
      <p>This log then lists them by severity and status, with time to acknowledge and time to restore for each.</p>
    </SectionIntro>
  );
}

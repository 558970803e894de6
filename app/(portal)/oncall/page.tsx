import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "On-call" };

export default async function OnCallPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="On-call"
      description="Who is on call for each team right now, the rotation ahead, and where an unanswered page escalates."
      emptyTitle="No rotations set up"
    >
      <p>A rotation belongs to a team: its members take shifts in turn, with an escalation path for pages that nobody acknowledges.</p>
      <p>Once a team has a rotation, this page shows the current and next person on call for every team.</p>
    </SectionIntro>
  );
}

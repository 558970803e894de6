// On-call: every team's schedules with who is on call now and next.
import { Plus } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { SchedulesByTeam } from "./_sections/schedules-by-team";

export const metadata = { title: "On-call" };

export default async function OnCallPage() {
  const user = await requirePageUser();
  const canCreate = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  return (
    <div>
      <PageHeader
        title="On-call"
        description="Who answers for each team now and next. Rotations hand off at a local time in each schedule's zone; overrides cover swaps and absences."
        actions={
          canCreate ? (
            <ButtonLink href="/oncall/new" variant="primary">
              <Plus aria-hidden size={16} /> New schedule
            </ButtonLink>
          ) : null
        }
      />
      <StreamedSection title="Schedules" fallback={<TableSkeleton label="on-call schedules" />}>
        <SchedulesByTeam canCreate={canCreate} />
      </StreamedSection>
    </div>
  );
}

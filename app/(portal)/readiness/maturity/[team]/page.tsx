// One team's reliability maturity: its stage by quarter beside its major outages around the first approved readiness
// review, what the next stage takes, this quarter's questionnaire, and the toil log with toil share over time.
import Link from "next/link";
import { notFound } from "next/navigation";
import { findTeamBySlug } from "@/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { ChartSkeleton, SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { HistorySection } from "./_sections/history";
import { QuestionnaireSection } from "./_sections/questionnaire";
import { ToilSection } from "./_sections/toil";

export async function generateMetadata({ params }: { params: Promise<{ team: string }> }) {
  const team = await findTeamBySlug((await params).team);
  return { title: team ? `${team.name}: maturity` : "Maturity" };
}

export default async function TeamMaturityPage({ params }: { params: Promise<{ team: string }> }) {
  const user = await requirePageUser();
  const team = await findTeamBySlug((await params).team);
  if (!team) notFound();
  const canEdit = canEditTeamResource(user, team.id);
  return (
    <div className="grid gap-8">
      <PageHeader
        title={`${team.name}: reliability maturity`}
        description={
          <>
            Where the team stands on the five stages from reactive monitoring to a mature SRE practice, quarter by quarter, and how much of its time goes to toil.{" "}
            <Link href="/readiness/maturity" className="text-primary underline">
              All teams
            </Link>
          </>
        }
      />
      <StreamedSection title="Stage history" fallback={<ChartSkeleton label="stage history" />}>
        <HistorySection slug={team.slug} />
      </StreamedSection>
      <StreamedSection title="Questionnaire" fallback={<SectionSkeleton label="questionnaire" lines={6} />}>
        <QuestionnaireSection slug={team.slug} canEdit={canEdit} />
      </StreamedSection>
      <StreamedSection title="Toil" fallback={<TableSkeleton label="toil log" />}>
        <ToilSection slug={team.slug} canEdit={canEdit} />
      </StreamedSection>
    </div>
  );
}

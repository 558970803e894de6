// The overview: the greeting at once, then live SLO health, the review list and the catalogue, each streamed and failing alone.
import { PageHeader } from "@/components/ui/page-header";
import { CardsSkeleton, SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { requirePageUser } from "@/lib/auth/session";
import { ServiceCounts, TeamsTable } from "./_sections/catalogue";
import { DueForReview } from "./_sections/due-for-review";
import { LiveHealth } from "./_sections/live-health";

export const metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser();
  return (
    <div>
      <PageHeader title="Overview" description={`Signed in as ${user.name}. The state of your services at a glance.`} />
      <div className="grid gap-4">
        <StreamedSection title="SLO health" fallback={<CardsSkeleton label="SLO health" />}>
          <LiveHealth />
        </StreamedSection>
        <StreamedSection title="Due for review" fallback={<SectionSkeleton label="reviews due" lines={2} />}>
          <DueForReview />
        </StreamedSection>
        <StreamedSection title="Services" fallback={<CardsSkeleton label="service counts" />}>
          <ServiceCounts />
        </StreamedSection>
        <StreamedSection title="Teams" fallback={<TableSkeleton label="teams" />}>
          <TeamsTable />
        </StreamedSection>
      </div>
    </div>
  );
}

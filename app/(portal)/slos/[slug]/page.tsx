// The SLO page: the header from the SLO's record at once, each section streamed in behind its skeleton and failing alone.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { windowOf } from "@/db/queries/slos";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BadgesSkeleton, CardsSkeleton, ChartSkeleton, SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { describeWindow, formatTarget } from "@/lib/slo/format";
import { loadSlo } from "./_data";
import { SloBurnRateAlerts, SloChartsSection } from "./_sections/charts";
import { SloDefinition } from "./_sections/definition";
import { DeleteSlo } from "./_sections/delete-slo";
import { SloFigures, SloPolicy } from "./_sections/figures";
import { SloAlertAndPolicyHistory, SloDataGaps, SloDeployments } from "./_sections/history";
import { SloIncidents } from "./_sections/incidents";
import { SloReviews } from "./_sections/reviews";
import { SloSegments } from "./_sections/segments";
import { kindLabelOf } from "./_sections/shared";
import { SloStatusBadges } from "./_sections/status-badges";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const record = await loadSlo((await params).slug);
  return { title: record?.name ?? "SLO" };
}

export default async function SloPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const record = await loadSlo((await params).slug);
  // Before any streaming, so an unknown slug still answers 404.
  if (!record) notFound();
  const canEdit = canEditTeamResource(user, record.teamId);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={record.name}
        description={
          <>
            <Link href={`/services/${record.serviceSlug}`} className="text-primary underline">
              {record.serviceName}
            </Link>{" "}
            · {record.teamName} · {formatTarget(record.target)} of {kindLabelOf(record)} over a {describeWindow(windowOf(record))} window
            {record.segment ? ` · segment ${record.segment}` : ""}
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <StreamedSection title="Status" fallback={<BadgesSkeleton label="status" />}>
              <SloStatusBadges slug={record.slug} />
            </StreamedSection>
            <a href={`/api/v1/slos/${record.slug}/openslo`} download={`${record.slug}.openslo.yaml`} className={buttonClasses("secondary")}>
              Export OpenSLO
            </a>
            {canEdit ? (
              <>
                <ButtonLink href={`/slos/${record.slug}/edit`}>Edit</ButtonLink>
                <Suspense
                  fallback={
                    <button type="button" disabled className={buttonClasses("danger")}>
                      Delete
                    </button>
                  }
                >
                  <DeleteSlo record={record} />
                </Suspense>
              </>
            ) : null}
          </div>
        }
      />
      {record.description ? <p className="-mt-3 max-w-3xl text-sm text-muted">{record.description}</p> : null}

      <StreamedSection title="Headline figures" fallback={<CardsSkeleton label="headline figures" />}>
        <SloFigures record={record} />
      </StreamedSection>
      {record.segment ? (
        <StreamedSection title="Segments" fallback={<CardsSkeleton label="segments" count={3} />}>
          <SloSegments record={record} />
        </StreamedSection>
      ) : null}
      <StreamedSection title="Error budget policy" fallback={<SectionSkeleton label="error budget policy" lines={2} />}>
        <SloPolicy record={record} />
      </StreamedSection>
      <StreamedSection title="Charts" fallback={<ChartSkeleton label="charts" />}>
        <SloChartsSection record={record} />
      </StreamedSection>
      <StreamedSection title="Burn-rate alerts" fallback={<TableSkeleton label="burn-rate alerts" />}>
        <SloBurnRateAlerts slug={record.slug} />
      </StreamedSection>
      <StreamedSection title="Data gaps" fallback={<SectionSkeleton label="data gaps" lines={1} />}>
        <SloDataGaps record={record} />
      </StreamedSection>
      <StreamedSection title="Alert and policy history" fallback={<TableSkeleton label="alert and policy history" rows={3} />}>
        <SloAlertAndPolicyHistory record={record} />
      </StreamedSection>
      <StreamedSection title="Incidents" fallback={<SectionSkeleton label="incidents" lines={2} />}>
        <SloIncidents record={record} />
      </StreamedSection>
      <StreamedSection title="Recent deployments" fallback={<SectionSkeleton label="recent deployments" />}>
        <SloDeployments record={record} />
      </StreamedSection>
      <StreamedSection title="Reviews" fallback={<TableSkeleton label="reviews" rows={2} />}>
        <SloReviews record={record} canEdit={canEdit} />
      </StreamedSection>
      <StreamedSection title="Definition" fallback={<SectionSkeleton label="definition" lines={6} />}>
        <SloDefinition record={record} />
      </StreamedSection>
    </div>
  );
}

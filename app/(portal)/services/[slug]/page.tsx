// The service page: name, ownership links and actions at once; the gate, SLOs and deployments stream in and fail alone.
import { ExternalLink, Pencil } from "lucide-react";
import { notFound } from "next/navigation";
import { DeleteServiceButton } from "@/components/services/delete-service-button";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { deleteServiceAction } from "../actions";
import { loadService } from "./_data";
import { DeployGatePanel } from "./_sections/deploy-gate";
import { ServiceDeployments } from "./_sections/deployments";
import { ServiceIncidents } from "./_sections/incidents";
import { Ownership } from "./_sections/ownership";
import { ServiceCostsSection } from "./_sections/costs";
import { ServiceReadinessSection } from "./_sections/readiness";
import { ServiceRunbooks } from "./_sections/runbooks";
import { ServiceSloTable } from "./_sections/slo-table";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const service = await loadService((await params).slug);
  return { title: service?.name ?? "Service" };
}

function LinkRow({ label, href }: { label: string; href: string | null }) {
  return (
    <div className="flex items-center justify-between gap-3 py-1.5 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 truncate">
        {href ? (
          <a href={href} className="inline-flex items-center gap-1 text-primary hover:underline" rel="noreferrer noopener" target="_blank">
            {href.replace(/^https?:\/\//, "")} <ExternalLink aria-hidden size={12} />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        ) : (
          <span className="text-muted">Not set</span>
        )}
      </dd>
    </div>
  );
}

export default async function ServicePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser();
  const service = await loadService(slug);
  // Before any streaming, so an unknown slug still answers 404.
  if (!service) notFound();
  const canEdit = canEditTeamResource(user, service.teamId);
  return (
    <div>
      <PageHeader
        title={service.name}
        description={service.description || "No description yet."}
        actions={
          canEdit ? (
            <>
              <ButtonLink href={`/services/${service.slug}/edit`}>
                <Pencil aria-hidden size={16} /> Edit
              </ButtonLink>
              <DeleteServiceButton name={service.name} action={deleteServiceAction.bind(null, service.slug)} />
            </>
          ) : null
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <StreamedSection title="Ownership" fallback={<SectionSkeleton label="ownership" lines={4} className="rounded-lg border border-border bg-surface p-4" />}>
          <Ownership service={service} />
        </StreamedSection>
        <Card aria-labelledby="links">
          <CardTitle id="links">Links</CardTitle>
          <dl className="mt-2 divide-y divide-border">
            <LinkRow label="Repository" href={service.repoUrl} />
            <LinkRow label="Dashboard" href={service.dashboardUrl} />
            <LinkRow label="Runbook" href={service.runbookUrl} />
          </dl>
        </Card>
        {/* The gate has a panel of its own, so its exception form never sits inside the SLO list. */}
        <Card aria-labelledby="gate" className="md:col-span-2">
          <CardTitle id="gate">Deploy gate</CardTitle>
          <div className="mt-2">
            <StreamedSection title="Deploy gate" fallback={<SectionSkeleton label="deploy gate" heading={false} lines={2} />}>
              <DeployGatePanel service={service} isAdmin={user.role === "admin"} />
            </StreamedSection>
          </div>
        </Card>
        <section id="readiness" aria-labelledby="readiness-heading" className="grid scroll-mt-4 gap-2 md:col-span-2">
          <h2 id="readiness-heading" className="text-lg font-semibold">
            Readiness
          </h2>
          <StreamedSection title="Readiness" fallback={<SectionSkeleton label="readiness" heading={false} lines={3} />}>
            <ServiceReadinessSection service={service} canEdit={canEdit} />
          </StreamedSection>
        </section>
        <section id="costs" aria-labelledby="costs-heading" className="grid scroll-mt-4 gap-2 md:col-span-2">
          <h2 id="costs-heading" className="text-lg font-semibold">
            Costs
          </h2>
          <StreamedSection title="Costs" fallback={<SectionSkeleton label="costs" heading={false} lines={3} />}>
            <ServiceCostsSection service={service} />
          </StreamedSection>
        </section>
        <section aria-labelledby="slos" className="grid gap-2 md:col-span-2">
          <h2 id="slos" className="text-lg font-semibold">
            SLOs
          </h2>
          <StreamedSection title="SLOs" fallback={<TableSkeleton label="SLOs" />}>
            <ServiceSloTable service={service} canEdit={canEdit} />
          </StreamedSection>
        </section>
        <section aria-labelledby="incidents" className="grid gap-2 md:col-span-2">
          <h2 id="incidents" className="text-lg font-semibold">
            Incidents
          </h2>
          <StreamedSection title="Incidents" fallback={<TableSkeleton label="incidents" rows={2} />}>
            <ServiceIncidents service={service} canEdit={canEdit} />
          </StreamedSection>
        </section>
        <section aria-labelledby="runbooks" className="grid gap-2 md:col-span-2">
          <h2 id="runbooks" className="text-lg font-semibold">
            Runbooks
          </h2>
          <StreamedSection title="Runbooks" fallback={<SectionSkeleton label="runbooks" heading={false} />}>
            <ServiceRunbooks service={service} canEdit={canEdit} />
          </StreamedSection>
        </section>
        <section aria-labelledby="deploys" className="grid gap-2 md:col-span-2">
          <h2 id="deploys" className="text-lg font-semibold">
            Recent deployments
          </h2>
          <StreamedSection title="Recent deployments" fallback={<SectionSkeleton label="recent deployments" heading={false} />}>
            <ServiceDeployments service={service} />
          </StreamedSection>
        </section>
      </div>
    </div>
  );
}

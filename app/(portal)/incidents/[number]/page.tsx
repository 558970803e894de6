// The incident page: the header (number, title, severity, status, drill, overdue) at once; lifecycle, roles, services,
// details and the timeline stream in and fail alone.
import { FileText } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DrillBadge, OverdueBadge, SeverityBadge, StatusBadge } from "@/components/incidents/badges";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { overdueView } from "@/lib/incidents/view/overdue";
import { loadDrillOf, loadIncident, loadPolicy, numberOf, pageNow } from "./_data";
import { AffectedServices, IncidentDetails } from "./_sections/details";
import { IncidentLifecycle } from "./_sections/lifecycle";
import { IncidentRoles } from "./_sections/people";
import { IncidentRunbooks } from "./_sections/runbooks";
import { IncidentTimeline } from "./_sections/timeline";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  const number = numberOf((await params).number);
  const incident = number ? await loadIncident(number) : undefined;
  return { title: incident ? `#${incident.number} ${incident.title}` : "Incident" };
}

const SOURCE_WORDS = { manual: "Declared by a person", alertmanager: "Opened by Alertmanager", slo: "Opened by the SLO engine", drill: "Drill" } as const;

export default async function IncidentPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requirePageUser();
  const number = numberOf((await params).number);
  const incident = number ? await loadIncident(number) : undefined;
  // Before any streaming, so an unknown number still answers 404.
  if (!incident) notFound();
  const canEdit = incident.teamId === null ? user.role === "admin" : canEditTeamResource(user, incident.teamId);
  const policy = await loadPolicy();
  const overdue = overdueView(incident, policy, pageNow());
  return (
    <div className="grid gap-6">
      <PageHeader
        title={`#${incident.number} ${incident.title}`}
        description={
          <>
            {SOURCE_WORDS[incident.source]} · started <FormattedTime iso={incident.startedAt.toISOString()} />
            {incident.teamName ? ` · ${incident.teamName}` : ""}
          </>
        }
        actions={
          <ButtonLink href={`/incidents/${incident.number}/postmortem`}>
            <FileText aria-hidden size={16} /> Postmortem
          </ButtonLink>
        }
      />
      <div className="-mt-3 flex flex-wrap items-center gap-2" aria-label="Incident state" role="group">
        {incident.isDrill ? <DrillBadge large /> : null}
        <SeverityBadge severity={incident.severity} name={policy.severities[incident.severity].name} />
        <StatusBadge status={incident.status} />
        {overdue.overdue ? <OverdueBadge /> : null}
        {overdue.missed.map((line) => (
          <span key={line} className="text-sm text-danger">
            {line}
          </span>
        ))}
        {incident.escalatedAt ? (
          <span className="text-sm text-muted">
            · escalated <FormattedTime iso={incident.escalatedAt.toISOString()} />
          </span>
        ) : null}
      </div>
      {incident.isDrill ? (
        <div className="-mt-3 rounded-lg border border-primary/40 bg-surface p-3 text-sm">
          This is a drill: it does not count in incident analytics or reliability figures. <DrillLink incidentId={incident.id} />
        </div>
      ) : null}

      <Card aria-labelledby="h-lifecycle">
        <CardTitle id="h-lifecycle">Lifecycle</CardTitle>
        <div className="mt-3">
          <StreamedSection title="Lifecycle" fallback={<SectionSkeleton label="lifecycle" heading={false} lines={2} />}>
            <IncidentLifecycle incident={incident} canEdit={canEdit} />
          </StreamedSection>
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="h-roles">
          <CardTitle id="h-roles">Roles</CardTitle>
          <div className="mt-3">
            <StreamedSection title="Roles" fallback={<SectionSkeleton label="roles" heading={false} lines={3} />}>
              <IncidentRoles incident={incident} canEdit={canEdit} />
            </StreamedSection>
          </div>
        </Card>
        <Card aria-labelledby="h-services">
          <CardTitle id="h-services">Affected services</CardTitle>
          <div className="mt-3">
            <StreamedSection title="Affected services" fallback={<SectionSkeleton label="affected services" heading={false} lines={2} />}>
              <AffectedServices incident={incident} />
            </StreamedSection>
          </div>
        </Card>
      </div>
      <Card aria-labelledby="h-runbooks">
        <CardTitle id="h-runbooks">Runbooks</CardTitle>
        <div className="mt-3">
          <StreamedSection title="Runbooks" fallback={<SectionSkeleton label="runbooks" heading={false} lines={2} />}>
            <IncidentRunbooks number={incident.number} />
          </StreamedSection>
        </div>
      </Card>
      {/* The timeline comes first on a phone; on wide screens the details sit to its left. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card aria-labelledby="h-timeline" className="min-w-0">
          <CardTitle id="h-timeline">Timeline</CardTitle>
          <div className="mt-3">
            <StreamedSection title="Timeline" fallback={<SectionSkeleton label="timeline" heading={false} lines={6} />}>
              <IncidentTimeline incident={incident} canEdit={canEdit} />
            </StreamedSection>
          </div>
        </Card>
        <Card aria-labelledby="h-details" className="lg:order-first">
          <CardTitle id="h-details">Details</CardTitle>
          <div className="mt-3">
            <IncidentDetails incident={incident} canEdit={canEdit} />
          </div>
        </Card>
      </div>
    </div>
  );
}

/** Where a drill incident's plan, timings, runbook outcome and findings live. */
async function DrillLink({ incidentId }: { incidentId: number }) {
  const drill = await loadDrillOf(incidentId);
  if (!drill) return null;
  return (
    <>
      Its plan, timings, runbook outcome and findings are on the{" "}
      <Link href={`/drills/${drill.id}`} className="font-medium text-primary underline">
        drill page: {drill.title}
      </Link>
      .
    </>
  );
}

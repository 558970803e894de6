// One drill: what it tests, what it measured, and the next step (run it, work its incident, record the runbook outcome, complete it).
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { DrillOutcomeForm, FinishDrillButton, RunDrillForm } from "@/components/incidents/drill-controls";
import { DrillStatusBadge } from "@/components/incidents/drill-status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { ActionItemsSection } from "../../incidents/[number]/postmortem/_sections/action-items";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { formatTiming } from "@/lib/incidents/view/format";
import { drillRow } from "@/lib/incidents/view/drills";
import { finishDrillAction, recordDrillOutcomeAction, runDrillAction } from "../actions";
import { loadDrill, loadDrillIncident } from "./_data";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const drill = await loadDrill((await params).id);
  return { title: drill ? `Drill: ${drill.title}` : "Drill" };
}

const FOLLOWED: Record<string, string> = { yes: "Yes", partly: "Partly", no: "No" };

export default async function DrillPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const drill = await loadDrill((await params).id);
  if (!drill) notFound();
  const canEdit = canEditTeamResource(user, drill.teamId);
  const { timings } = drillRow(drill);
  const figures = [
    { label: "Time to detect", value: timings.detectMinutes, hint: "fault injected → incident triggered" },
    { label: "Time to acknowledge", value: timings.acknowledgeMinutes, hint: "triggered → acknowledged" },
    { label: "Time to escalate", value: timings.escalateMinutes, hint: "triggered → escalated to the team's on-call" },
    { label: "Time to resolve", value: timings.resolveMinutes, hint: "triggered → resolved" },
  ];
  return (
    <div className="grid gap-6">
      <PageHeader
        title={`Drill: ${drill.title}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="warning">DRILL</Badge> <DrillStatusBadge status={drill.status} /> for{" "}
            <Link href={`/services/${drill.serviceSlug}`} className="text-primary hover:underline">
              {drill.serviceName}
            </Link>
            , scheduled <FormattedTime iso={drill.scheduledAt.toISOString()} />
          </span>
        }
        actions={
          canEdit && drill.status === "planned" ? (
            <ButtonLink href={`/drills/${drill.id}/edit`}>
              <Pencil aria-hidden size={16} /> Edit
            </ButtonLink>
          ) : null
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="plan">
          <CardTitle id="plan">Plan</CardTitle>
          <dl className="mt-2 grid gap-3 text-sm">
            <div>
              <dt className="font-medium">Scenario</dt>
              <dd className="whitespace-pre-line text-muted">{drill.scenario}</dd>
            </div>
            <div>
              <dt className="font-medium">Hypothesis</dt>
              <dd className="whitespace-pre-line text-muted">{drill.hypothesis || "None written."}</dd>
            </div>
            <div>
              <dt className="font-medium">Participants</dt>
              <dd className="text-muted">{drill.participants.length ? drill.participants.map((p) => p.name).join(", ") : "Nobody named."}</dd>
            </div>
            <div>
              <dt className="font-medium">Runbook</dt>
              <dd className="text-muted">
                {drill.runbook ? (
                  <Link href={drill.runbook.url ?? `/services/${drill.serviceSlug}/runbooks/${drill.runbook.slug}`} className="text-primary hover:underline">
                    {drill.runbook.title}
                  </Link>
                ) : (
                  "None linked."
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <Card aria-labelledby="timings">
          <CardTitle id="timings">What it measured</CardTitle>
          <dl className="mt-2 grid grid-cols-2 gap-3">
            {figures.map((f) => (
              <div key={f.label} className="rounded-md border border-border p-3">
                <dt className="text-xs text-muted">{f.label}</dt>
                <dd className="text-xl font-semibold tabular-nums">{formatTiming(f.value)}</dd>
                <dd className="text-xs text-muted">{f.hint}</dd>
              </div>
            ))}
          </dl>
          {drill.faultInjectedAt ? (
            <p className="mt-3 text-sm text-muted">
              Fault injected <FormattedTime iso={drill.faultInjectedAt.toISOString()} withSeconds />.
            </p>
          ) : null}
        </Card>
      </div>
      {drill.incident ? (
        <Card aria-labelledby="incident">
          <CardTitle id="incident">Drill incident</CardTitle>
          <p className="mt-2 text-sm">
            <Link href={`/incidents/${drill.incident.number}`} className="font-medium text-primary hover:underline">
              Incident #{drill.incident.number}
            </Link>{" "}
            is {drill.incident.status}. Work it like any incident — acknowledge, escalate to the team&apos;s on-call, resolve — it stays out of incident figures.
          </p>
        </Card>
      ) : null}
      {canEdit && drill.status === "planned" ? (
        <Card aria-labelledby="run">
          <CardTitle id="run">Run the drill</CardTitle>
          <p className="mb-3 mt-1 text-sm text-muted">Inject the fault, then open the drill incident when the team detects it (an alert fires, or someone notices).</p>
          <RunDrillForm action={runDrillAction.bind(null, drill.id)} />
          <div className="mt-4 border-t border-border pt-4">
            <FinishDrillButton action={finishDrillAction.bind(null, drill.id)} outcome="cancelled" label="Cancel drill" />
          </div>
        </Card>
      ) : null}
      {drill.status === "running" || drill.status === "completed" ? (
        <Card aria-labelledby="outcome">
          <CardTitle id="outcome">Runbook outcome</CardTitle>
          {canEdit ? (
            <div className="mt-2">
              <DrillOutcomeForm action={recordDrillOutcomeAction.bind(null, drill.id)} followed={drill.runbookFollowed} note={drill.runbookNote} />
            </div>
          ) : (
            <p className="mt-2 text-sm">
              {drill.runbookFollowed ? `Runbook followed: ${FOLLOWED[drill.runbookFollowed]}.` : "Not recorded yet."} {drill.runbookNote}
            </p>
          )}
        </Card>
      ) : null}
      {drill.incidentId ? (
        <Card aria-labelledby="findings">
          <CardTitle id="findings">Findings</CardTitle>
          <p className="mb-3 mt-1 text-sm text-muted">What the drill showed needs fixing becomes an action item, with an owner and a due date, as in a postmortem.</p>
          <StreamedSection title="Findings" fallback={<SectionSkeleton label="findings" heading={false} lines={3} />}>
            <DrillFindings incidentId={drill.incidentId} canEdit={canEdit} />
          </StreamedSection>
        </Card>
      ) : null}
      {canEdit && drill.status === "running" ? (
        <Card aria-labelledby="complete">
          <CardTitle id="complete">Complete the drill</CardTitle>
          {drill.incident?.resolvedAt ? (
            <div className="mt-2">
              <FinishDrillButton action={finishDrillAction.bind(null, drill.id)} outcome="completed" label="Complete drill" />
            </div>
          ) : (
            <p className="mt-2 text-sm text-muted">Resolve incident #{drill.incident?.number} first; then complete the drill here.</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}

/** The drill incident's action items and the form that adds one (the postmortem page's section, shared). */
async function DrillFindings({ incidentId, canEdit }: { incidentId: number; canEdit: boolean }) {
  const incident = await loadDrillIncident(incidentId);
  return incident ? <ActionItemsSection incident={incident} canEdit={canEdit} /> : null;
}

// The blameless postmortem of an incident: status, computed impact, the template, the incident's timeline and action items; printable.
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostmortemForm } from "@/components/incidents/postmortem-form";
import { PostmortemStatusControl } from "@/components/incidents/postmortem-status";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { POSTMORTEM_SECTIONS } from "@/lib/incidents/postmortem";
import { closeIncidentAction, savePostmortemAction, setPostmortemStatusAction } from "./actions";
import { loadIncident, loadPostmortem } from "./_data";
import { IncidentRunbooks } from "../_sections/runbooks";
import { ActionItemsSection } from "./_sections/action-items";
import { ImpactSection } from "./_sections/impact";
import { TimelineSection } from "./_sections/timeline";

// Printing leaves the portal's frame (sidebar, header) out: the postmortem is the document.
const PRINT_CSS = "@media print { body aside, body header, body nav { display: none !important; } main { max-width: none !important; padding: 0 !important; } }";

const numberOf = (raw: string) => {
  const n = Number(raw.replace(/^#/, ""));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  return { title: `Postmortem of #${(await params).number}` };
}

export default async function PostmortemPage({ params }: { params: Promise<{ number: string }> }) {
  const number = numberOf((await params).number);
  const user = await requirePageUser();
  const incident = number === null ? undefined : await loadIncident(number);
  if (!incident) notFound();
  const postmortem = await loadPostmortem(incident.id);
  const canEdit = incident.teamId === null ? user.role === "admin" : canEditTeamResource(user, incident.teamId);
  const status = postmortem?.status ?? "draft";
  const initial = {
    usersAffected: postmortem?.usersAffected ?? "",
    ...Object.fromEntries(POSTMORTEM_SECTIONS.map((s) => [s.key, postmortem?.[s.key] ?? ""])),
  } as Parameters<typeof PostmortemForm>[0]["initial"];
  return (
    <div className="grid gap-4">
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={`Postmortem: #${incident.number} ${incident.title}`}
        description={
          <>
            {incident.isDrill ? "Drill findings" : "A blameless review"} of{" "}
            <Link href={`/incidents/${incident.number}`} className="text-primary underline">
              {incident.isDrill ? "drill" : "incident"} #{incident.number}
            </Link>{" "}
            ({incident.severity}, {incident.status}). We look for the conditions that made it possible, not for people to blame.
          </>
        }
      />
      <Card aria-labelledby="pm-status">
        <CardTitle id="pm-status">Status</CardTitle>
        <div className="mt-2">
          <PostmortemStatusControl
            status={status}
            canEdit={canEdit}
            canClose={incident.status === "resolved" && status === "published"}
            statusAction={setPostmortemStatusAction.bind(null, incident.number)}
            closeAction={closeIncidentAction.bind(null, incident.number)}
          />
        </div>
      </Card>
      <Card aria-labelledby="pm-impact">
        <CardTitle id="pm-impact">Impact</CardTitle>
        <div className="mt-2">
          <StreamedSection title="Impact" fallback={<TableSkeleton label="impact" />}>
            <ImpactSection number={incident.number} usersAffected={postmortem?.usersAffected ?? ""} />
          </StreamedSection>
        </div>
      </Card>
      <Card aria-labelledby="pm-template">
        <CardTitle id="pm-template">Review</CardTitle>
        <div className="mt-2">
          <PostmortemForm action={savePostmortemAction.bind(null, incident.number)} initial={initial} canEdit={canEdit} />
        </div>
      </Card>
      <Card aria-labelledby="pm-timeline">
        <CardTitle id="pm-timeline">Timeline</CardTitle>
        <div className="mt-2">
          <StreamedSection title="Timeline" fallback={<SectionSkeleton label="timeline" heading={false} lines={6} />}>
            <TimelineSection incidentId={incident.id} />
          </StreamedSection>
        </div>
      </Card>
      <Card aria-labelledby="pm-runbooks" className="no-print">
        <CardTitle id="pm-runbooks">Runbooks</CardTitle>
        <p className="mt-1 text-sm text-muted">What responders had to go on; note under “What went wrong” if a runbook was missing or out of date.</p>
        <div className="mt-2">
          <StreamedSection title="Runbooks" fallback={<SectionSkeleton label="runbooks" heading={false} lines={2} />}>
            <IncidentRunbooks number={incident.number} />
          </StreamedSection>
        </div>
      </Card>
      <section aria-labelledby="pm-actions" className="grid gap-2">
        <h2 id="pm-actions" className="text-lg font-semibold">
          Action items
        </h2>
        <StreamedSection title="Action items" fallback={<TableSkeleton label="action items" />}>
          <ActionItemsSection incident={incident} canEdit={canEdit} />
        </StreamedSection>
      </section>
    </div>
  );
}

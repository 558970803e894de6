// A team's on-call: its schedules with who is on call, and its escalation policy (editable by its members and admins).
import Link from "next/link";
import { notFound } from "next/navigation";
import { EscalationForm } from "@/components/oncall/escalation-form";
import { OnCallSummary } from "@/components/oncall/on-call-summary";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findTeamBySlug } from "@/db/queries/teams";
import { listUsers } from "@/db/queries/users";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { summaryItems } from "@/lib/oncall/view/summary";
import { escalationLevels, schedulesNowNext } from "@/lib/server/oncall/reads";
import { setEscalationAction } from "../../actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const team = await findTeamBySlug((await params).slug);
  return { title: team ? `${team.name} on-call` : "Team on-call" };
}

export default async function TeamOnCallPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const team = await findTeamBySlug((await params).slug);
  if (!team) notFound();
  const canEdit = canEditTeamResource(user, team.id);
  const now = new Date();
  const [rows, levels] = await Promise.all([schedulesNowNext({ teamId: team.id, at: now }), escalationLevels({ teamId: team.id, at: now })]);
  const people = canEdit ? (await listUsers()).filter((u) => u.isActive).map((u) => ({ email: u.email, name: u.name })) : [];
  return (
    <div className="grid gap-4">
      <PageHeader title={`${team.name} on-call`} description="The team's schedules and whom an incident reaches, level by level, as minutes pass without an acknowledgement." />
      <Card aria-labelledby="team-oncall">
        <CardTitle id="team-oncall">Schedules</CardTitle>
        <OnCallSummary items={summaryItems(rows)} className="mt-2" />
        {canEdit ? (
          <p className="mt-2 text-sm">
            <Link href={`/oncall/new?team=${team.slug}`} className="text-primary hover:underline">
              Add a schedule for {team.name}
            </Link>
          </p>
        ) : null}
      </Card>
      <Card aria-labelledby="escalation">
        <CardTitle id="escalation">Escalation policy</CardTitle>
        {levels.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No escalation policy yet.{canEdit ? " Set its levels below: who is paged first, and who after how many minutes." : " Members of the team set one."}</p>
        ) : (
          <ol className="mt-2 grid gap-2 text-sm" aria-label="Escalation levels">
            {levels.map((level) => (
              <li key={level.level} className="rounded-md border border-border p-2">
                <span className="font-medium">Level {level.level}</span> <span className="text-muted">· {level.delayMinutes === 0 ? "at once" : `after ${level.delayMinutes} min`}</span> —{" "}
                {level.target.kind === "schedule" ? `whoever is on call in ${level.target.name}` : level.target.name}
                <span className="text-muted"> (now: {level.people.map((p) => p.name).join(", ") || "nobody"})</span>
              </li>
            ))}
          </ol>
        )}
        {canEdit ? (
          <div className="mt-4 border-t border-border pt-3">
            <EscalationForm
              action={setEscalationAction.bind(null, team.slug)}
              schedules={rows.map((r) => ({ slug: r.schedule.slug, name: r.schedule.name }))}
              people={people}
              levels={levels.map((l) => ({ delayMinutes: l.delayMinutes, target: l.target.kind === "schedule" ? `schedule:${l.target.slug}` : `user:${l.target.email}` }))}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}

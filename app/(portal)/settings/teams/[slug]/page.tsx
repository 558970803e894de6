import Link from "next/link";
import { notFound } from "next/navigation";
import { listServices } from "@/db/queries/services";
import { findTeamBySlug, listTeamMembers } from "@/db/queries/teams";
import { listUsers } from "@/db/queries/users";
import { AddMemberForm, DeleteTeamButton, EditTeamForm, RemoveMemberButton } from "@/components/settings/teams";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { OnCallSummary } from "@/components/oncall/on-call-summary";
import { summaryItems } from "@/lib/oncall/view/summary";
import { schedulesNowNext } from "@/lib/server/oncall/reads";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return { title: (await findTeamBySlug((await params).slug))?.name ?? "Team" };
}

export default async function TeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const team = await findTeamBySlug((await params).slug);
  if (!team) notFound();
  const [members, services, users, onCall] = await Promise.all([listTeamMembers(team.id), listServices({ team: team.slug }), listUsers(), schedulesNowNext({ teamId: team.id })]);
  const isAdmin = user.role === "admin";
  const candidates = users.filter((u) => u.isActive && !members.some((m) => m.id === u.id)).map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }));
  return (
    <div className="grid gap-6">
      <PageHeader title={team.name} description={team.description || "No description."} actions={isAdmin ? <DeleteTeamButton teamId={team.id} name={team.name} /> : null} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="team-on-call" className="md:col-span-2">
          <CardTitle id="team-on-call">On call</CardTitle>
          <OnCallSummary items={summaryItems(onCall)} className="mt-2" />
          <p className="mt-2 text-sm">
            <Link href={`/oncall/teams/${team.slug}`} className="text-primary hover:underline">
              Schedules and escalation policy
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="team-maturity" className="md:col-span-2">
          <CardTitle id="team-maturity">Reliability maturity</CardTitle>
          <p className="mt-2 text-sm">
            <Link href={`/readiness/maturity/${team.slug}`} className="text-primary hover:underline">
              Stage history, next steps, toil and major outages
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="members">
          <CardTitle id="members">Members</CardTitle>
          {members.length === 0 ? <p className="mt-2 text-sm text-muted">No members yet.</p> : null}
          <ul className="mt-2 divide-y divide-border">
            {members.map((member) => (
              <li key={member.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {member.name} <span className="text-muted">· {member.role}</span>
                </span>
                {isAdmin ? <RemoveMemberButton teamId={team.id} userId={member.id} name={member.name} /> : null}
              </li>
            ))}
          </ul>
          {isAdmin ? <AddMemberForm teamId={team.id} candidates={candidates} /> : null}
        </Card>
        <Card aria-labelledby="team-services">
          <CardTitle id="team-services">Services</CardTitle>
          {services.length === 0 ? <p className="mt-2 text-sm text-muted">This team owns no services yet.</p> : null}
          <ul className="mt-2 space-y-1 text-sm">
            {services.map((service) => (
              <li key={service.id}>
                <Link href={`/services/${service.slug}`} className="text-primary underline">
                  {service.name}
                </Link>{" "}
                <span className="text-muted">· Tier {service.tier}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      {isAdmin ? (
        <Card aria-labelledby="edit-team" className="max-w-2xl">
          <CardTitle id="edit-team">Edit team</CardTitle>
          <EditTeamForm teamId={team.id} name={team.name} description={team.description} />
        </Card>
      ) : null}
    </div>
  );
}

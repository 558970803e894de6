import Link from "next/link";
import { listTeams } from "@/db/queries/teams";
import { CreateTeamForm } from "@/components/settings/teams";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { OnCallSummary } from "@/components/oncall/on-call-summary";
import { summaryItems } from "@/lib/oncall/view/summary";
import { schedulesNowNext } from "@/lib/server/oncall/reads";

export const metadata = { title: "Teams" };

export default async function TeamsPage() {
  const user = await requirePageUser();
  const [teams, onCall] = await Promise.all([listTeams(), schedulesNowNext()]);
  const isAdmin = user.role === "admin";
  return (
    <div className="grid gap-6">
      <PageHeader title="Teams" description="Teams own services. Editors change what belongs to the teams they are members of." />
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">
          <p>{isAdmin ? "Create the first team below, then add its members and services." : "An admin creates teams and adds members."}</p>
        </EmptyState>
      ) : (
        <Table label="Teams">
          <thead>
            <tr>
              <Th>Team</Th>
              <Th>Services</Th>
              <Th>Members</Th>
              <Th>On call</Th>
              <Th className="hidden md:table-cell">Description</Th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <Td>
                  <Link href={`/settings/teams/${team.slug}`} className="font-medium text-primary hover:underline">
                    {team.name}
                  </Link>
                  <div className="font-mono text-xs text-muted">{team.slug}</div>
                </Td>
                <Td>{team.serviceCount}</Td>
                <Td>{team.memberCount}</Td>
                <Td className="min-w-48">
                  <OnCallSummary items={summaryItems(onCall.filter((row) => row.schedule.teamId === team.id))} />
                </Td>
                <Td className="hidden text-muted md:table-cell">{team.description}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {isAdmin ? (
        <Card aria-labelledby="new-team" className="max-w-2xl">
          <CardTitle id="new-team">Create a team</CardTitle>
          <CreateTeamForm />
        </Card>
      ) : null}
    </div>
  );
}

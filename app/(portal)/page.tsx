import { nowMs } from "@/lib/clock";
import Link from "next/link";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { listSloStatuses } from "@/db/queries/slo-status";
import { SloTable } from "@/components/slo/slo-table";
import { byTrouble, toSloRow } from "@/lib/slo/rows";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser();
  const [services, teams, statuses] = await Promise.all([listServices(), listTeams(), listSloStatuses(nowMs())]);
  const byTier = [1, 2, 3].map((tier) => services.filter((s) => s.tier === tier).length);
  const rows = statuses.map(toSloRow).sort(byTrouble);
  const countOf = (status: string) => rows.filter((row) => row.status === status).length;
  const trouble = rows.filter((row) => row.status === "breached" || row.status === "at_risk");
  const frozenServices = [...new Set(rows.filter((row) => row.policy === "freeze").map((row) => row.serviceName))];
  return (
    <div>
      <PageHeader title="Overview" description={`Signed in as ${user.name}. The state of your services at a glance.`} />
      {services.length === 0 ? (
        <EmptyState title="Nothing to watch yet" action={<ButtonLink href="/services" variant="primary">Go to services</ButtonLink>}>
          <p>Start by adding your teams and the services they own. SLOs, alerts and the deploy gate build on that catalogue.</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {rows.length ? (
            <section aria-labelledby="slo-health" className="grid gap-3">
              <h2 id="slo-health" className="text-lg font-semibold">
                SLO health
              </h2>
              <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
                {[
                  ["Breached", "breached"],
                  ["At risk", "at_risk"],
                  ["Healthy", "healthy"],
                  ["No data", "no_data"],
                ].map(([label, status]) => (
                  <Card key={status} aria-labelledby={`count-${status}`}>
                    <CardTitle id={`count-${status}`} className="text-sm font-medium text-muted">
                      <Link href={`/slos?status=${status}`} className="hover:underline">
                        {label}
                      </Link>
                    </CardTitle>
                    <p className="mt-1 text-3xl font-semibold">{countOf(status!)}</p>
                  </Card>
                ))}
              </div>
              <p className="text-sm">
                {frozenServices.length ? (
                  <>
                    <strong>Deploys frozen</strong> for {frozenServices.join(", ")}.
                  </>
                ) : (
                  "No service is in a deploy freeze."
                )}
              </p>
              {trouble.length ? <SloTable rows={trouble} label="SLOs in trouble" /> : <p className="text-sm text-muted">Every SLO is within its budget.</p>}
            </section>
          ) : null}
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <Card aria-labelledby="stat-services">
              <CardTitle id="stat-services" className="text-sm font-medium text-muted">
                Services
              </CardTitle>
              <p className="mt-1 text-3xl font-semibold">{services.length}</p>
            </Card>
            {byTier.map((count, index) => (
              <Card key={index} aria-labelledby={`stat-tier-${index + 1}`}>
                <CardTitle id={`stat-tier-${index + 1}`} className="text-sm font-medium text-muted">
                  Tier {index + 1}
                </CardTitle>
                <p className="mt-1 text-3xl font-semibold">{count}</p>
              </Card>
            ))}
          </div>
          <section aria-labelledby="teams-heading">
            <h2 id="teams-heading" className="mb-2 text-lg font-semibold">
              Teams
            </h2>
            <Table label="Teams and their services">
              <thead>
                <tr>
                  <Th>Team</Th>
                  <Th>Services</Th>
                  <Th>Members</Th>
                </tr>
              </thead>
              <tbody>
                {teams.map((team) => (
                  <tr key={team.id}>
                    <Td>
                      <Link href={`/services?team=${team.slug}`} className="font-medium text-primary hover:underline">
                        {team.name}
                      </Link>
                    </Td>
                    <Td>{team.serviceCount}</Td>
                    <Td>{team.memberCount}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        </div>
      )}
    </div>
  );
}

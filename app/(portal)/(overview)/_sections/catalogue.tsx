// The catalogue at a glance: services by tier and the teams table, or the first step when there is nothing yet.
import Link from "next/link";
import { listTeams } from "@/db/queries/teams";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { loadServices } from "../_data";

export async function ServiceCounts() {
  const services = await loadServices();
  if (services.length === 0) {
    return (
      <EmptyState title="Nothing to watch yet" action={<ButtonLink href="/services" variant="primary">Go to services</ButtonLink>}>
        <p>Start by adding your teams and the services they own. SLOs, alerts and the deploy gate build on that catalogue.</p>
      </EmptyState>
    );
  }
  const byTier = [1, 2, 3].map((tier) => services.filter((s) => s.tier === tier).length);
  return (
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
  );
}

export async function TeamsTable() {
  const [services, teams] = await Promise.all([loadServices(), listTeams()]);
  // With no services the counts section shows the first step instead; a table of empty teams would only distract.
  if (services.length === 0) return null;
  return (
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
  );
}

// The catalogue at a glance: services by tier and the teams table, or the first step when there is nothing yet.
import Link from "next/link";
import { listTeams } from "@/db/queries/teams";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCardLink, StatCardList } from "@/components/ui/stat-card";
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
    <section aria-labelledby="services-heading">
      <h2 id="services-heading" className="mb-2 text-lg font-semibold">
        Services
      </h2>
      <StatCardList label="Services by tier">
        <li>
          <StatCardLink href="/services" label="All tiers" value={services.length} unit={["service", "services"]} />
        </li>
        {byTier.map((count, index) => (
          <li key={index}>
            <StatCardLink href={`/services?tier=${index + 1}`} label={`Tier ${index + 1}`} value={count} unit={["service", "services"]} />
          </li>
        ))}
      </StatCardList>
    </section>
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

import Link from "next/link";
import { Plus } from "lucide-react";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { tierSchema } from "@/lib/catalog/schemas";

export const metadata = { title: "Services" };

export default async function ServicesPage({ searchParams }: { searchParams: Promise<{ team?: string; tier?: string; q?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const tier = tierSchema.safeParse(params.tier);
  const filter = { team: params.team || undefined, tier: params.tier && tier.success ? tier.data : undefined, q: params.q?.trim() || undefined };
  const [services, teams] = await Promise.all([listServices(filter), listTeams()]);
  const canCreate = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const filtered = Boolean(filter.team || filter.tier || filter.q);
  return (
    <div>
      <PageHeader
        title="Services"
        description="Everything your teams run, with its owner and tier. Tier sets the default SLO target and how strict reviews are."
        actions={
          canCreate ? (
            <ButtonLink href="/services/new" variant="primary">
              <Plus aria-hidden size={16} /> New service
            </ButtonLink>
          ) : null
        }
      />
      <form key={JSON.stringify(filter)} role="search" aria-label="Filter services" className="mb-4 grid gap-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">
            Search services
          </label>
          <Input id="q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Name, slug or description" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="team" className="text-sm font-medium">
            Team
          </label>
          <Select id="team" name="team" defaultValue={filter.team ?? ""}>
            <option value="">All teams</option>
            {teams.map((team) => (
              <option key={team.slug} value={team.slug}>
                {team.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tier" className="text-sm font-medium">
            Tier
          </label>
          <Select id="tier" name="tier" defaultValue={filter.tier ? String(filter.tier) : ""}>
            <option value="">All tiers</option>
            <option value="1">Tier 1</option>
            <option value="2">Tier 2</option>
            <option value="3">Tier 3</option>
          </Select>
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered ? (
            <ButtonLink href="/services" variant="ghost">
              Clear
            </ButtonLink>
          ) : null}
        </div>
      </form>
      {services.length === 0 ? (
        filtered ? (
          <EmptyState title="No services match these filters" action={<ButtonLink href="/services">Clear filters</ButtonLink>}>
            <p>Try another team or tier, or a shorter search.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No services yet" action={canCreate ? <ButtonLink href="/services/new" variant="primary">Create the first service</ButtonLink> : null}>
            <p>A service is anything a team runs and is on the hook for: an API, a pipeline, a database.</p>
            <p>Add one here, or with <code className="font-mono">POST /api/v1/services</code>; its SLOs, incidents, readiness reviews and costs then hang off it.</p>
          </EmptyState>
        )
      ) : (
        <Table label="Services">
          <caption className="sr-only">
            {services.length} service{services.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr>
              <Th>Service</Th>
              <Th>Team</Th>
              <Th>Tier</Th>
              <Th className="hidden md:table-cell">Description</Th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id} className="hover:bg-surface-2">
                <Td>
                  <Link href={`/services/${service.slug}`} className="font-medium text-primary hover:underline">
                    {service.name}
                  </Link>
                  <div className="font-mono text-xs text-muted">{service.slug}</div>
                </Td>
                <Td>{service.teamName}</Td>
                <Td>
                  <Badge tone={service.tier === 1 ? "danger" : service.tier === 2 ? "warning" : "neutral"}>Tier {service.tier}</Badge>
                </Td>
                <Td className="hidden max-w-md text-muted md:table-cell">{service.description}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

import Link from "next/link";
import { Plus } from "lucide-react";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/access/roles";
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
      <FilterBar
        label="Filter services"
        idPrefix="services"
        clearHref="/services"
        filtered={filtered}
        fields={[
          { kind: "search", name: "q", label: "Search services", value: filter.q ?? "", placeholder: "Name, slug or description" },
          { kind: "select", name: "team", label: "Team", value: filter.team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
          {
            kind: "select",
            name: "tier",
            label: "Tier",
            value: filter.tier ? String(filter.tier) : "",
            options: [{ value: "", label: "All tiers" }, { value: "1", label: "Tier 1" }, { value: "2", label: "Tier 2" }, { value: "3", label: "Tier 3" }],
          },
        ]}
      />
      {services.length === 0 ? (
        filtered ? (
          <EmptyState title="No services match these filters" action={<ButtonLink href="/services">Clear filters</ButtonLink>}>
            <p>Try another team or tier, or a shorter search.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No services yet" action={canCreate ? <ButtonLink href="/services/new" variant="primary">Create the first service</ButtonLink> : null}>
            <p>A service is anything a team runs and is on the hook for: an API, a pipeline, a database.</p>
            <p>Add one here, or with <code className="font-mono">POST /api/v1/services</code>; its SLOs, error budgets and deploy gate then hang off it.</p>
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

// Game days and drills: how fast teams detect, acknowledge and escalate a fault injected on purpose, per service and over time.
import { Plus } from "lucide-react";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { DrillList } from "./_sections/drill-list";

export const metadata = { title: "Drills" };

export default async function DrillsPage({ searchParams }: { searchParams: Promise<{ team?: string; service?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [teams, services] = await Promise.all([listTeams(), listServices()]);
  const canPlan = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const team = teams.some((t) => t.slug === params.team) ? params.team : undefined;
  const service = services.some((s) => s.slug === params.service) ? params.service : undefined;
  return (
    <div>
      <PageHeader
        title="Game days and drills"
        description="Planned failure drills and what they measured. A drill runs as an incident marked DRILL, with the same lifecycle and timeline, and never counts in incident figures."
        actions={
          canPlan ? (
            <ButtonLink href="/drills/new" variant="primary">
              <Plus aria-hidden size={16} /> Plan a drill
            </ButtonLink>
          ) : null
        }
      />
      <FilterBar
        label="Filter drills"
        idPrefix="drills"
        clearHref="/drills"
        filtered={Boolean(team || service)}
        fields={[
          { kind: "select", name: "team", label: "Team", value: team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
          {
            kind: "select",
            name: "service",
            label: "Service",
            value: service ?? "",
            scopedBy: "team",
            options: [{ value: "", label: "All services" }, ...services.map((s) => ({ value: s.slug, label: s.name, scope: s.teamSlug }))],
          },
        ]}
      />
      <StreamedSection title="Drills" fallback={<TableSkeleton label="drills" />}>
        <DrillList team={team} service={service} canPlan={canPlan} />
      </StreamedSection>
    </div>
  );
}

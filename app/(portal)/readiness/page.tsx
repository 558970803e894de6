// Production readiness: where every service stands (state, level, each category of the checklist), what is blocked and
// which approvals are due for a re-review, filterable by team and tier.
import { Plus } from "lucide-react";
import { listTeams } from "@/db/queries/teams";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { Attention } from "./_sections/attention";
import { Scorecard } from "./_sections/scorecard";

export const metadata = { title: "Readiness" };

const TIERS = { "1": 1, "2": 2, "3": 3 } as const;

export default async function ReadinessPage({ searchParams }: { searchParams: Promise<{ team?: string; tier?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const teams = await listTeams();
  const team = teams.some((t) => t.slug === params.team) ? params.team : undefined;
  const tier = params.tier && params.tier in TIERS ? TIERS[params.tier as keyof typeof TIERS] : undefined;
  const canStart = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  return (
    <div>
      <PageHeader
        title="Production readiness"
        description="Checklists that make sure a service meets reliability standards before launch — SLOs defined, alerting configured, runbooks ready — and where each service stands."
        actions={
          <nav aria-label="Readiness sections" className="flex flex-wrap gap-2">
            <ButtonLink href="/readiness/reviews" variant="secondary">
              Reviews
            </ButtonLink>
            <ButtonLink href="/readiness/templates" variant="secondary">
              Templates
            </ButtonLink>
            <ButtonLink href="/readiness/maturity" variant="secondary">
              Maturity and toil
            </ButtonLink>
            {canStart ? (
              <ButtonLink href="/readiness/reviews/new" variant="primary">
                <Plus aria-hidden size={16} /> Start a review
              </ButtonLink>
            ) : null}
          </nav>
        }
      />
      <FilterBar
        label="Filter the scorecard"
        idPrefix="readiness"
        clearHref="/readiness"
        filtered={Boolean(team || tier)}
        fields={[
          { kind: "select", name: "team", label: "Team", value: team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
          {
            kind: "select",
            name: "tier",
            label: "Tier",
            value: tier ? String(tier) : "",
            options: [{ value: "", label: "All tiers" }, ...Object.keys(TIERS).map((t) => ({ value: t, label: `Tier ${t}` }))],
          },
        ]}
      />
      <div className="grid gap-6">
        <StreamedSection title="Needs attention" fallback={<SectionSkeleton label="re-reviews due and blocked reviews" />}>
          <Attention team={team} tier={tier} />
        </StreamedSection>
        <section aria-labelledby="scorecard" className="grid gap-2">
          <h2 id="scorecard" className="text-lg font-semibold">
            Scorecard
          </h2>
          <StreamedSection title="Scorecard" fallback={<TableSkeleton label="scorecard" />}>
            <Scorecard team={team} tier={tier} canStart={canStart} />
          </StreamedSection>
        </section>
      </div>
    </div>
  );
}

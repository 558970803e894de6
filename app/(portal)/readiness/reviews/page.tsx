// Production readiness reviews: every review with its state and progress, filtered by team, service and state.
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
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/readiness/types";
import { ReviewList } from "./_sections/review-list";

export const metadata = { title: "Readiness reviews" };

const STATUS_LABELS: Record<ReviewStatus, string> = { in_review: "In review", approved: "Approved", cancelled: "Cancelled" };

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ team?: string; service?: string; status?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [teams, services] = await Promise.all([listTeams(), listServices()]);
  const canStart = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const team = teams.some((t) => t.slug === params.team) ? params.team : undefined;
  const service = services.some((s) => s.slug === params.service) ? params.service : undefined;
  const status = REVIEW_STATUSES.find((s) => s === params.status);
  return (
    <div>
      <PageHeader
        title="Readiness reviews"
        description="Checklists a service passes before launch — SLOs defined, alerting configured, runbooks ready — signed off by its reviewer."
        actions={
          <>
            <ButtonLink href="/readiness/templates">Templates</ButtonLink>
            {canStart ? (
              <ButtonLink href={service ? `/readiness/reviews/new?service=${service}` : "/readiness/reviews/new"} variant="primary">
                <Plus aria-hidden size={16} /> Start a review
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <FilterBar
        label="Filter reviews"
        idPrefix="reviews"
        clearHref="/readiness/reviews"
        filtered={Boolean(team || service || status)}
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
          { kind: "select", name: "status", label: "State", value: status ?? "", options: [{ value: "", label: "Any state" }, ...REVIEW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))] },
        ]}
      />
      <StreamedSection title="Readiness reviews" fallback={<TableSkeleton label="readiness reviews" />}>
        <ReviewList team={team} service={service} status={status} canStart={canStart} />
      </StreamedSection>
    </div>
  );
}

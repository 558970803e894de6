// The scorecard section: every service of the filter × the checklist's categories, or what to do when there is nothing.
import { ScorecardTable } from "@/components/readiness/scorecard-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { loadScorecard } from "../_data";

export async function Scorecard({ team, tier, canStart }: { team?: string; tier?: 1 | 2 | 3; canStart: boolean }) {
  const { rows, categories, policy } = await loadScorecard(team, tier);
  const start = canStart ? (
    <ButtonLink href="/readiness/reviews/new" variant="primary">
      Start a review
    </ButtonLink>
  ) : null;
  if (!rows.length) {
    return (
      <EmptyState title="No services match this filter" action={<ButtonLink href="/readiness">Show every service</ButtonLink>}>
        <p>Choose another team or tier, or clear the filter.</p>
      </EmptyState>
    );
  }
  if (rows.every((r) => r.readiness.state === "not_reviewed")) {
    return (
      <EmptyState title="No readiness reviews yet" action={start}>
        <p>
          A production readiness review walks a service through a checklist before launch: SLOs and alerting, on-call, runbooks, dashboards, capacity, rollback, failure testing, backups,
          security and postmortems. Start one for a service from a template; Keel checks what it can from its own data.
        </p>
        {canStart ? null : <p>Editors of a service&apos;s team start its review.</p>}
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted">
        Levels by share of applicable items passed: Gold all, Silver from {policy.silverPercent}%, Bronze from {policy.bronzePercent}%. N/A items do not count.
      </p>
      <ScorecardTable
        categories={categories}
        rows={rows.map(({ service, readiness, categories: scores }) => ({
          slug: service.slug,
          name: service.name,
          teamName: service.teamName,
          tier: service.tier,
          state: readiness.state,
          level: readiness.level,
          passed: readiness.passed,
          applicable: readiness.applicable,
          cells: Object.fromEntries(scores.map((s) => [s.key, { passed: s.passed, applicable: s.applicable, level: s.level }])),
        }))}
      />
    </div>
  );
}

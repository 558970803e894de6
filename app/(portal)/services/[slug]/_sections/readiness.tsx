// The service's production readiness: state and level, when it was approved and is due again, and what blocks it.
import { ReadinessLevelBadge, ReadinessStateBadge } from "@/components/readiness/readiness-badges";
import { ButtonLink } from "@/components/ui/button";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { ServiceWithTeam } from "@/db/queries/services";
import { readinessOfService } from "@/lib/server/readiness/state";
import { pageNow } from "../_data";

export async function ServiceReadinessSection({ service, canEdit }: { service: ServiceWithTeam; canEdit: boolean }) {
  const { readiness: r } = await readinessOfService(service.slug, pageNow());
  if (r.state === "not_reviewed") {
    return (
      <div className="grid gap-2 text-sm">
        <p className="text-muted">
          {service.name} has not had a production readiness review.{" "}
          {canEdit ? "Start one before launch: Keel checks its SLOs, alerting, runbooks, on-call and drills from its own data." : "The service's team starts one before launch."}
        </p>
        {canEdit ? (
          <div>
            <ButtonLink href={`/readiness/reviews/new?service=${service.slug}`} variant="primary">
              Start a readiness review
            </ButtonLink>
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <div className="grid gap-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <ReadinessStateBadge state={r.state} />
        <ReadinessLevelBadge level={r.level} passed={r.passed} applicable={r.applicable} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">Approved</dt>
        <dd>{r.approvedAt ? <FormattedTime iso={r.approvedAt.toISOString()} dateOnly /> : "Not yet"}</dd>
        <dt className="text-muted">Re-review due</dt>
        <dd>{r.reviewDueAt ? <FormattedTime iso={r.reviewDueAt.toISOString()} dateOnly /> : "After approval"}</dd>
        <dt className="text-muted">Items passed</dt>
        <dd className="tabular-nums">
          {r.passed} of {r.applicable} applicable
        </dd>
      </dl>
      {r.blockers.length ? (
        <div>
          <h3 className="font-medium">What stands between {service.name} and ready</h3>
          <ul className="mt-1 list-disc pl-5 text-muted">
            {r.blockers.map((b) => (
              <li key={b.item}>
                <span className="text-fg">{b.item}</span>: {b.message}
              </li>
            ))}
          </ul>
        </div>
      ) : r.state === "expired" ? (
        <p className="text-muted">The approval is older than the readiness policy allows; start a re-review.</p>
      ) : null}
      <div>
        <ButtonLink href={`/readiness/reviews/${r.reviewId}`}>Open the review</ButtonLink>
      </div>
    </div>
  );
}

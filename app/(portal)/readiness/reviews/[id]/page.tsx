// One readiness review: who reviews what against which template version, the checklist saved as you click, the
// automatic checks with their evidence, and sign-off. A team lead sees here what stands between the service and "ready".
import Link from "next/link";
import { notFound } from "next/navigation";
import { listUsers } from "@/db/queries/users";
import { CancelReviewButton } from "@/components/readiness/cancel-review-button";
import { ReviewChecklist } from "@/components/readiness/review-checklist";
import { ReviewStateBadge } from "@/components/readiness/review-state-badge";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { canEditTeamResource, hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { checklistItemOf, isBlocked } from "@/lib/readiness/view/checklist";
import { reviewDueAt } from "@/lib/readiness/state";
import { readinessPolicy } from "@/lib/server/readiness/policy";
import { approveReviewAction, cancelReviewAction } from "../actions";
import { loadReview } from "./_data";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const review = await loadReview((await params).id);
  return { title: review ? `Readiness review: ${review.service.name}` : "Readiness review" };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-sm [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const review = await loadReview((await params).id);
  if (!review) notFound();
  const [users, policy] = await Promise.all([listUsers(), readinessPolicy()]);
  const people = users.filter((p) => p.isActive || p.id === review.reviewerId).map((p) => ({ id: p.id, name: p.name }));
  const open = review.status === "in_review";
  const isReviewer = user.id === review.reviewerId && hasRole(user.role, "editor");
  const canEdit = open && (canEditTeamResource(user, review.team.id) || isReviewer);
  const canApprove = open && (isReviewer || user.role === "admin");
  const approvedAt = review.approvedAt ? review.approvedAt.toISOString() : null;
  const dueAgain = review.approvedAt ? reviewDueAt(review.approvedAt, policy.reReviewMonths).toISOString() : null;
  return (
    <div className="grid gap-6">
      <PageHeader
        title={`Readiness review: ${review.service.name}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <ReviewStateBadge status={review.status} blocked={isBlocked(review.items)} />
            <span>
              Production readiness review of{" "}
              <Link href={`/services/${review.service.slug}`} className="text-primary underline">
                {review.service.name}
              </Link>{" "}
              (Tier {review.service.tier}, {review.team.name}).
            </span>
          </span>
        }
        actions={open && canEdit ? <CancelReviewButton serviceName={review.service.name} action={cancelReviewAction.bind(null, review.id)} /> : null}
      />
      <dl aria-label="Review details" className="grid grid-cols-2 gap-4 rounded-lg border border-border bg-surface p-4 md:grid-cols-5">
        <Fact label="Template">
          <Link href={`/readiness/templates/${review.template.slug}?version=${review.template.version}`} className="text-primary hover:underline">
            {review.template.name} v{review.template.version}
          </Link>
        </Fact>
        <Fact label="Reviewer">{review.reviewer?.name ?? "Not named"}</Fact>
        <Fact label="Launch date">{review.launchDate ?? "Not set"}</Fact>
        <Fact label="Due date">{review.dueDate ?? "Not set"}</Fact>
        <Fact label="Started">
          <FormattedTime iso={review.createdAt.toISOString()} dateOnly />
        </Fact>
      </dl>
      <ReviewChecklist
        reviewId={review.id}
        initialItems={review.items.map(checklistItemOf)}
        people={people}
        canEdit={canEdit}
        signOff={open ? { reviewerName: review.reviewer?.name ?? null, canApprove, approveAction: approveReviewAction.bind(null, review.id) } : null}
      >
        {review.status === "approved" && approvedAt && dueAgain ? (
          <section aria-labelledby="ready-heading" className="grid gap-1 rounded-lg border border-success/50 bg-surface p-4">
            <h2 id="ready-heading" className="text-lg font-semibold text-success">
              Ready
            </h2>
            <p className="text-sm">
              Approved <FormattedTime iso={approvedAt} dateOnly />
              {review.approvedBy ? ` by ${review.approvedBy.name}` : ""}. Re-review due <FormattedTime iso={dueAgain} dateOnly />.
            </p>
          </section>
        ) : null}
        {review.status === "cancelled" ? (
          <section aria-labelledby="cancelled-heading" className="grid gap-1 rounded-lg border border-border bg-surface p-4">
            <h2 id="cancelled-heading" className="text-lg font-semibold">
              Cancelled
            </h2>
            <p className="text-sm text-muted">
              This review was cancelled{review.cancelledAt ? " on " : ""}
              {review.cancelledAt ? <FormattedTime iso={review.cancelledAt.toISOString()} dateOnly /> : null}; its items are kept as they were.{" "}
              <Link href={`/readiness/reviews/new?service=${review.service.slug}`} className="text-primary underline">
                Start a new review
              </Link>
              .
            </p>
          </section>
        ) : null}
      </ReviewChecklist>
    </div>
  );
}

// Reviews and target history, when the next review is due, and the form to record one.
import type { SloRecord } from "@/db/queries/slos";
import { ReviewForm } from "@/components/slo/review-form";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { Table, Td, Th } from "@/components/ui/table";
import { formatTarget } from "@/lib/slo/format";
import { reviewDueAt } from "@/lib/slo/review";
import { reviewSloAction } from "../../actions";
import { loadReviews, pageNow } from "../_data";

export async function SloReviews({ record, canEdit }: { record: SloRecord; canEdit: boolean }) {
  const reviews = await loadReviews(record.id);
  const dueAt = reviewDueAt(reviews[0]?.reviewedAt.getTime() ?? null, record.createdAt.getTime(), record.reviewCadenceDays);
  const reviewDue = dueAt <= pageNow();
  return (
    <section aria-labelledby="h-reviews" className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="h-reviews" className="text-lg font-semibold">
          Reviews and target history
        </h2>
        <p className={`text-sm ${reviewDue ? "font-medium text-warning" : "text-muted"}`}>
          {reviewDue ? "Review due since " : "Next review due "}
          <FormattedTime iso={new Date(dueAt).toISOString()} />
        </p>
      </div>
      {reviews.length === 0 ? (
        <p className="text-sm text-muted">Not reviewed yet. Reviews record whether the target still matches what users need.</p>
      ) : (
        <Table label="Reviews">
          <thead>
            <tr>
              <Th>When</Th>
              <Th>Decision</Th>
              <Th>Target</Th>
              <Th>Reviewer</Th>
              <Th className="hidden md:table-cell">Note</Th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id}>
                <Td>
                  <FormattedTime iso={review.reviewedAt.toISOString()} />
                </Td>
                <Td>{review.decision}</Td>
                <Td className="tabular-nums">
                  {review.previousTarget === review.newTarget ? formatTarget(review.newTarget) : `${formatTarget(review.previousTarget)} → ${formatTarget(review.newTarget)}`}
                </Td>
                <Td>{review.reviewer}</Td>
                <Td className="hidden text-muted md:table-cell">{review.note}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit ? (
        <Card aria-labelledby="h-review-form">
          <CardTitle id="h-review-form">Record a review</CardTitle>
          <div className="mt-3">
            <ReviewForm action={reviewSloAction.bind(null, record.slug)} currentTargetPercent={String(Number((record.target * 100).toFixed(4)))} />
          </div>
        </Card>
      ) : null}
    </section>
  );
}

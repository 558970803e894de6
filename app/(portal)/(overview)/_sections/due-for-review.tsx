// SLOs whose review cadence has run out, oldest first.
import Link from "next/link";
import { lastReviewTimes } from "@/db/queries/reviews";
import { FormattedTime } from "@/components/ui/formatted-time";
import { reviewDueAt } from "@/lib/slo/review";
import { loadStatuses, pageNow } from "../_data";

export async function DueForReview() {
  const [statuses, lastReviews] = await Promise.all([loadStatuses(), lastReviewTimes()]);
  if (!statuses.length) return null;
  const now = pageNow();
  const dueForReview = statuses
    .map(({ record }) => ({ record, dueAt: reviewDueAt(lastReviews.get(record.id) ?? null, record.createdAt.getTime(), record.reviewCadenceDays) }))
    .filter(({ dueAt }) => dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt);
  return (
    <section aria-labelledby="due-review" className="grid gap-2">
      <h2 id="due-review" className="text-lg font-semibold">
        Due for review
      </h2>
      {dueForReview.length ? (
        <ul className="grid gap-1 text-sm">
          {dueForReview.map(({ record, dueAt }) => (
            <li key={record.id}>
              <Link href={`/slos/${record.slug}`} className="text-primary underline">
                {record.name}
              </Link>{" "}
              <span className="text-muted">
                · {record.serviceName} · due since <FormattedTime iso={new Date(dueAt).toISOString()} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Every SLO was reviewed within its cadence.</p>
      )}
    </section>
  );
}

// What needs someone: approved reviews due for a re-review (or within 30 days of it), and blocked reviews with their blockers.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { attentionLists, RE_REVIEW_NOTICE_DAYS } from "@/lib/readiness/view/scorecard";
import { loadScorecard, pageNow } from "../_data";

const reviewHref = (reviewId: number | null, slug: string) => (reviewId ? `/readiness/reviews/${reviewId}` : `/services/${slug}#readiness`);

export async function Attention({ team, tier }: { team?: string; tier?: 1 | 2 | 3 }) {
  const { rows } = await loadScorecard(team, tier);
  const { reReviewDue, blocked } = attentionLists(rows, pageNow());
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card aria-labelledby="re-review-due">
        <CardTitle id="re-review-due">Re-review due</CardTitle>
        {reReviewDue.length ? (
          <ul className="mt-2 divide-y divide-border text-sm">
            {reReviewDue.map(({ service, readiness }) => (
              <li key={service.slug} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={reviewHref(readiness.reviewId, service.slug)} className="text-primary hover:underline">
                  {service.name}
                </Link>
                <span className="text-muted">
                  {readiness.state === "expired" ? "Was due " : "Due "}
                  <FormattedTime iso={readiness.reviewDueAt!.toISOString()} dateOnly />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-muted">No approved review is due for a re-review within {RE_REVIEW_NOTICE_DAYS} days.</p>
        )}
      </Card>
      <Card aria-labelledby="blocked">
        <CardTitle id="blocked">Blocked</CardTitle>
        {blocked.length ? (
          <ul className="mt-2 divide-y divide-border text-sm">
            {blocked.map(({ service, readiness }) => (
              <li key={service.slug} className="grid gap-1 py-2">
                <Link href={reviewHref(readiness.reviewId, service.slug)} className="text-primary hover:underline">
                  {service.name}
                </Link>
                <ul className="list-disc pl-5 text-muted">
                  {readiness.blockers.map((b) => (
                    <li key={b.item}>
                      <span className="text-fg">{b.item}</span>: {b.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-muted">No review is blocked by a failed required item.</p>
        )}
      </Card>
    </div>
  );
}

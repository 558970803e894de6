"use client";
// The review's checklist as the browser holds it (React Query, seeded by the server's read): the progress bar, the
// items by category, and the sign-off panel, all reading the same cache, so a click moves the bar at once.
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { fetchReviewItems, readinessQueryKeys } from "@/lib/readiness/review-api";
import { groupByCategory, progressOf, type ChecklistItem } from "@/lib/readiness/view/checklist";
import { ReviewItem } from "./review-item";
import { ReviewProgress } from "./review-progress";
import { SignOffPanel, type SignOffProps } from "./sign-off-panel";

type Props = {
  reviewId: number;
  initialItems: ChecklistItem[];
  people: { id: number; name: string }[];
  canEdit: boolean;
  signOff: Omit<SignOffProps, "items"> | null;
  /** Shown between the progress and the items (the approved or cancelled state). */
  children?: ReactNode;
};

export function ReviewChecklist({ reviewId, initialItems, people, canEdit, signOff, children }: Props) {
  const { data: items } = useQuery({
    queryKey: readinessQueryKeys.reviewItems(reviewId),
    queryFn: ({ signal }) => fetchReviewItems(reviewId, signal),
    initialData: initialItems,
    // The page's read is fresh; leaving the page drops the copy, so coming back reads it again.
    staleTime: 60_000,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const categories = groupByCategory(items);
  return (
    <div className="grid gap-6">
      <section aria-labelledby="progress-heading" className="grid gap-2 rounded-lg border border-border bg-surface p-4">
        <h2 id="progress-heading" className="text-base font-semibold">
          Progress
        </h2>
        <ReviewProgress progress={progressOf(items)} />
      </section>
      {children}
      {categories.map((category) => (
        <section key={category.key} aria-labelledby={`category-${category.key}`} className="grid gap-3">
          <h2 id={`category-${category.key}`} className="text-lg font-semibold">
            {category.name}
          </h2>
          {category.items.map((item) => (
            <ReviewItem key={item.key} reviewId={reviewId} item={item} people={people} canEdit={canEdit} />
          ))}
        </section>
      ))}
      {signOff ? <SignOffPanel {...signOff} items={items} /> : null}
    </div>
  );
}

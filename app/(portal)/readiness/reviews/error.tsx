"use client";
// Failures of the page's frame; streamed sections fail alone inside their own boundary.
import { PageError } from "@/components/ui/page-error";

export default function ReadinessReviewError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="The readiness reviews" error={error} retry={retry} />;
}

"use client";
// Failures of the action item list's frame.
import { PageError } from "@/components/ui/page-error";

export default function ActionItemsPageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="The action items" error={error} retry={retry} />;
}

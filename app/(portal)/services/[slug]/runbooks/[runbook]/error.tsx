"use client";
// Failures of the runbook page's frame.
import { PageError } from "@/components/ui/page-error";

export default function RunbookPageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="This runbook" error={error} retry={retry} />;
}

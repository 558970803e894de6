"use client";
// Failures of the log's frame itself; the rows fail alone inside their own boundary.
import { PageError } from "@/components/ui/page-error";

export default function IncidentsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="The incident log" error={error} retry={retry} />;
}

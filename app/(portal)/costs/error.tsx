"use client";
// Failures of the page frame itself; a failed section is caught by its own boundary and leaves the page standing.
import { PageError } from "@/components/ui/page-error";

export default function CostsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="The costs page" error={error} retry={retry} />;
}

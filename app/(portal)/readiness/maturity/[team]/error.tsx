"use client";
// Failures of the maturity page's frame; a failed section is caught by its own boundary.
import { PageError } from "@/components/ui/page-error";

export default function TeamMaturityError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="This team's maturity" error={error} retry={retry} />;
}

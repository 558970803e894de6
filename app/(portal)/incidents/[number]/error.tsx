"use client";
// Failures of the incident page's frame; each section fails alone inside its own boundary.
import { PageError } from "@/components/ui/page-error";

export default function IncidentPageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="This incident" error={error} retry={retry} />;
}

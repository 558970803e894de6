"use client";
import { PageError } from "@/components/ui/page-error";

export default function ReadinessTemplateError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="The readiness templates" error={error} retry={retry} />;
}

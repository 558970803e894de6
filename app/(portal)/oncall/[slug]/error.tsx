"use client";
import { PageError } from "@/components/ui/page-error";

export default function SchedulePageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="This schedule" error={error} retry={retry} />;
}

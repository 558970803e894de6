"use client";
import { PageError } from "@/components/ui/page-error";

export default function OnCallError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageError what="On-call" error={error} retry={retry} />;
}

// A page section that streams in behind its skeleton and fails alone.
import { Suspense, type ReactNode } from "react";
import { SectionBoundary } from "./section-boundary";

export function StreamedSection({ title, fallback, children }: { title: string; fallback: ReactNode; children: ReactNode }) {
  return (
    <SectionBoundary title={title}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </SectionBoundary>
  );
}

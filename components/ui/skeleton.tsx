// Placeholders shown while a streamed section loads: announced as busy, shaped like what replaces them.
import type { ReactNode } from "react";
import { cn } from "./cn";

/** One grey block; decorative, the surrounding SkeletonRegion carries the announcement. */
function SkeletonBlock({ className }: { className?: string }) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-surface-2 motion-reduce:animate-none", className)} />;
}

/** The busy region every skeleton sits in: screen readers hear "Loading …" once, not each block. */
function SkeletonRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-label={`Loading ${label}`} data-skeleton={label} className={cn("grid gap-2", className)}>
      <span className="sr-only">Loading {label}…</span>
      {children}
    </div>
  );
}

/** A section: a heading bar (unless the page already shows the heading) and a few lines of text. */
export function SectionSkeleton({ label, lines = 3, heading = true, className }: { label: string; lines?: number; heading?: boolean; className?: string }) {
  return (
    <SkeletonRegion label={label} className={className}>
      {heading ? <SkeletonBlock className="h-6 w-48" /> : null}
      {Array.from({ length: lines }, (_, index) => (
        <SkeletonBlock key={index} className={cn("h-4", index % 2 ? "w-2/3" : "w-full")} />
      ))}
    </SkeletonRegion>
  );
}

/** A row of figure cards, like the SLO headline figures or the overview's counts. */
export function CardsSkeleton({ label, count = 4, className }: { label: string; count?: number; className?: string }) {
  return (
    <SkeletonRegion label={label} className={cn("grid-cols-2 gap-4 md:grid-cols-4", className)}>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} aria-hidden className="rounded-lg border border-border bg-surface p-4">
          <SkeletonBlock className="h-4 w-24" />
          <SkeletonBlock className="mt-2 h-8 w-20" />
        </div>
      ))}
    </SkeletonRegion>
  );
}

/** A table: a heading and rows. */
export function TableSkeleton({ label, rows = 4, className }: { label: string; rows?: number; className?: string }) {
  return (
    <SkeletonRegion label={label} className={className}>
      <SkeletonBlock className="h-6 w-40" />
      <div aria-hidden className="grid gap-px overflow-hidden rounded-lg border border-border bg-border">
        {Array.from({ length: rows + 1 }, (_, index) => (
          <div key={index} className="bg-surface p-3">
            <SkeletonBlock className={cn("h-4", index === 0 ? "w-1/2" : "w-full")} />
          </div>
        ))}
      </div>
    </SkeletonRegion>
  );
}

/** A chart panel of the size the charts take, so the page does not jump when they arrive. */
export function ChartSkeleton({ label, className }: { label: string; className?: string }) {
  return (
    <SkeletonRegion label={label} className={className}>
      <SkeletonBlock className="h-6 w-56" />
      <SkeletonBlock className="h-64 w-full rounded-lg" />
    </SkeletonRegion>
  );
}

/** Inline badges in a page header. */
export function BadgesSkeleton({ label }: { label: string }) {
  return (
    <span role="status" aria-busy="true" aria-label={`Loading ${label}`} data-skeleton={label} className="inline-flex gap-2">
      <span className="sr-only">Loading {label}…</span>
      <SkeletonBlock className="h-6 w-20 rounded-full" />
      <SkeletonBlock className="h-6 w-20 rounded-full" />
    </span>
  );
}

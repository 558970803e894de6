// A figure card that is one link as a whole: one tab stop, a focus ring round the card, named by its label and figure.
import Link from "next/link";
import type { ReactNode } from "react";

/** `unit` completes the figure for screen readers ("Breached 2 SLOs"); sighted readers have the section's heading. */
export function StatCardLink({ href, label, value, unit }: { href: string; label: string; value: number; unit: [singular: string, plural: string] }) {
  return (
    <Link href={href} className="group grid h-full content-start rounded-lg border border-border bg-surface p-4 hover:border-primary hover:bg-surface-2">
      <span className="text-sm font-medium text-muted group-hover:text-fg group-hover:underline">{label}</span>{" "}
      <span className="mt-1 text-3xl font-semibold tabular-nums">
        {value}
        <span className="sr-only"> {value === 1 ? unit[0] : unit[1]}</span>
      </span>
    </Link>
  );
}

/** A row of StatCardLinks, two a row on phones and four from md, as a list named for what it counts. */
export function StatCardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-4 md:grid-cols-4">
      {children}
    </ul>
  );
}

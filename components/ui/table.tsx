// Tables, and the cards they become on narrow screens.
import { Fragment, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";
import { ScrollRegion } from "./scroll-region";

/** A table that scrolls sideways inside its own box on narrow screens, with a visible cue when it does. */
export function Table({ className, label, ...props }: ComponentProps<"table"> & { label: string }) {
  return (
    <ScrollRegion label={label} className="rounded-lg border border-border">
      <table aria-label={label} className={cn("w-full border-collapse text-sm", className)} {...props} />
    </ScrollRegion>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("border-b border-border px-3 py-2 text-left font-medium text-muted", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-border px-3 py-2 align-top", className)} {...props} />;
}

// Literal class names, so Tailwind sees them: below the breakpoint the cards, from it the table.
const CARDS_BELOW = { md: "md:hidden", lg: "lg:hidden", xl: "xl:hidden" } as const;
const TABLE_FROM = { md: "hidden md:block", lg: "hidden lg:block", xl: "hidden xl:block" } as const;

/**
 * Cards on narrow screens, the table on wide ones, for tables whose every column matters. Only one of them is
 * displayed, so screen readers and tests meet one copy.
 */
export function TableOrCards({ cards, children, from = "md" }: { cards: ReactNode; children: ReactNode; from?: keyof typeof TABLE_FROM }) {
  return (
    <>
      <div className={CARDS_BELOW[from]}>{cards}</div>
      <div className={TABLE_FROM[from]}>{children}</div>
    </>
  );
}

/** The card form of a table: a list named like the table, one `RowCard` per row. */
export function RowCards({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className={cn("grid gap-3", className)}>
      {children}
    </ul>
  );
}

/** One row as a card: its title (usually the link the row's first cell holds), then each column as a term and its value. */
export function RowCard({ title, fields, className }: { title: ReactNode; fields: { label: string; value: ReactNode }[]; className?: string }) {
  return (
    <li className={cn("min-w-0 rounded-lg border border-border bg-surface p-3 text-sm", className)}>
      <div className="font-medium [overflow-wrap:anywhere]">{title}</div>
      <dl className="mt-2 grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] gap-x-3 gap-y-1.5">
        {fields.map((field) => (
          <Fragment key={field.label}>
            <dt className="text-muted">{field.label}</dt>
            <dd className="min-w-0 [overflow-wrap:anywhere]">{field.value}</dd>
          </Fragment>
        ))}
      </dl>
    </li>
  );
}

import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A table that scrolls sideways inside its own box on narrow screens. */
export function Table({ className, label, ...props }: ComponentProps<"table"> & { label: string }) {
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-border bg-surface" role="region" aria-label={`${label} (scrolls sideways)`} tabIndex={0}>
      <table aria-label={label} className={cn("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("border-b border-border px-3 py-2 text-left font-medium text-muted", className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-border px-3 py-2 align-top", className)} {...props} />;
}

// "On call now: Ana until …, next: Ben" for each of a team's schedules; shown wherever a team is.
import Link from "next/link";
import { FormattedTime } from "@/components/ui/formatted-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export type OnCallSummaryItem = {
  slug: string;
  name: string;
  now: { name: string; until: string; override: boolean } | null;
  next: { name: string; from: string } | null;
};

function Line({ item, showName }: { item: OnCallSummaryItem; showName: boolean }) {
  return (
    <p className="min-w-0 [overflow-wrap:anywhere]">
      {showName ? (
        <>
          <Link href={`/oncall/${item.slug}`} className="font-medium text-primary underline">
            {item.name}
          </Link>
          {": "}
        </>
      ) : null}
      {item.now ? (
        <>
          On call now: <strong className="font-medium">{item.now.name}</strong> until <FormattedTime iso={item.now.until} />
          {item.now.override ? (
            <>
              {" "}
              <Badge tone="info">override</Badge>
            </>
          ) : null}
        </>
      ) : (
        <span className="text-muted">Nobody on call now</span>
      )}
      {item.next ? (
        <>
          , next: <strong className="font-medium">{item.next.name}</strong>
        </>
      ) : null}
    </p>
  );
}

/** One line per schedule; when the team has none, a pointer to where one is set up. */
export function OnCallSummary({ items, className, showNames = true }: { items: OnCallSummaryItem[]; className?: string; showNames?: boolean }) {
  if (!items.length) {
    return (
      <p className={cn("text-sm text-muted", className)}>
        No on-call schedule yet —{" "}
        <Link href="/oncall" className="text-primary underline">
          set one up in On-call
        </Link>
        .
      </p>
    );
  }
  return (
    <div className={cn("grid gap-1 text-sm", className)}>
      {items.map((item) => (
        <Line key={item.slug} item={item} showName={showNames || items.length > 1} />
      ))}
    </div>
  );
}

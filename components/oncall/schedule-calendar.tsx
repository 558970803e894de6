// Weeks × days: who is on call each day of a schedule, overrides marked; links move a few weeks at a time.
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { CalendarWeek } from "@/lib/oncall/view/calendar";

export function ScheduleCalendar({ weeks, timeZone, previousHref, nextHref, todayHref }: { weeks: CalendarWeek[]; timeZone: string; previousHref: string; nextHref: string; todayHref: string }) {
  return (
    <div className="grid gap-3">
      <nav aria-label="Calendar weeks" className="flex flex-wrap items-center gap-2 text-sm">
        <Link href={previousHref} className="inline-flex items-center gap-1 rounded-md border border-border px-2 py-1 hover:bg-surface-2" scroll={false}>
          <ChevronLeft aria-hidden size={14} /> Earlier weeks
        </Link>
        <Link href={todayHref} className="rounded-md border border-border px-2 py-1 hover:bg-surface-2" scroll={false}>
          This week
        </Link>
        <Link href={nextHref} className="inline-flex items-center gap-1 rounded-md border border-border px-2 py-1 hover:bg-surface-2" scroll={false}>
          Later weeks <ChevronRight aria-hidden size={14} />
        </Link>
        <span className="text-muted">Times in {timeZone}</span>
      </nav>
      <ol className="grid gap-3" aria-label="Weeks">
        {weeks.map((week) => (
          <li key={week.start}>
            <h3 className="mb-1 text-sm font-medium text-muted">Week of {week.days[0]!.label}</h3>
            <ol className="grid grid-cols-1 gap-1 sm:grid-cols-7">
              {week.days.map((day) => (
                <li key={day.date} aria-current={day.isToday ? "date" : undefined} className={cn("min-w-0 rounded-md border border-border bg-surface p-2 text-xs", day.isToday && "border-primary ring-1 ring-primary")}>
                  <div className="font-medium">
                    <time dateTime={day.date}>{day.label}</time>
                    {day.isToday ? <span className="ml-1 text-primary">(today)</span> : null}
                  </div>
                  {day.entries.length === 0 ? <p className="mt-1 text-muted">Nobody on call</p> : null}
                  <ul className="mt-1 grid gap-0.5">
                    {day.entries.map((entry, index) => (
                      <li key={index} className="[overflow-wrap:anywhere]">
                        {entry.name}
                        {entry.from ? <span className="text-muted"> from {entry.from}</span> : null}
                        {entry.until ? <span className="text-muted"> until {entry.until}</span> : null}
                        {entry.override ? (
                          <>
                            {" "}
                            <Badge tone="info">override</Badge>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}

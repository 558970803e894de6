// Who is on call now and next, and the rotation's participants in order.
import { OnCallSummary } from "@/components/oncall/on-call-summary";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { ScheduleRow } from "@/db/queries/oncall";
import { summaryItems } from "@/lib/oncall/view/summary";
import { schedulesNowNext, scheduleParticipants } from "@/lib/server/oncall/reads";

export async function NowSection({ schedule }: { schedule: ScheduleRow }) {
  const row = (await schedulesNowNext({ teamId: schedule.teamId })).find((r) => r.schedule.id === schedule.id);
  const items = row ? summaryItems([row]) : [];
  return (
    <div className="mt-2 grid gap-2">
      <OnCallSummary items={items} showNames={false} />
      {row?.next ? (
        <p className="text-sm text-muted">
          Next handoff: <FormattedTime iso={row.next.from.toISOString()} />
        </p>
      ) : null}
    </div>
  );
}

export async function ParticipantsSection({ schedule }: { schedule: ScheduleRow }) {
  const people = (await scheduleParticipants([schedule.id])).get(schedule.id) ?? [];
  if (!people.length) return <p className="mt-2 text-sm text-muted">Nobody is in the rotation yet; edit the schedule to add people. Only overrides put someone on call until then.</p>;
  return (
    <ol className="mt-2 grid list-decimal gap-1 pl-5 text-sm">
      {people.map((person) => (
        <li key={person.id}>
          {person.name} <span className="text-muted">({person.email})</span>
        </li>
      ))}
    </ol>
  );
}

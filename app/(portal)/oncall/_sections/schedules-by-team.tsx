// Each team with its schedules: rotation, who is on call now (until when) and who is next.
import Link from "next/link";
import { listTeams } from "@/db/queries/teams";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { rotationLabel } from "@/lib/oncall/view/summary";
import { schedulesNowNext, type OnCallShift } from "@/lib/server/oncall/reads";

function Now({ shift }: { shift: OnCallShift | null }) {
  if (!shift) return <span className="text-muted">Nobody</span>;
  return (
    <span>
      {shift.name} <span className="text-muted">until</span> <FormattedTime iso={shift.until.toISOString()} />
      {shift.override ? (
        <>
          {" "}
          <Badge tone="info">override</Badge>
        </>
      ) : null}
    </span>
  );
}

function Next({ shift }: { shift: OnCallShift | null }) {
  if (!shift) return <span className="text-muted">Nobody scheduled</span>;
  return (
    <span>
      {shift.name} <span className="text-muted">from</span> <FormattedTime iso={shift.from.toISOString()} />
    </span>
  );
}

export async function SchedulesByTeam({ canCreate }: { canCreate: boolean }) {
  const [teams, rows] = await Promise.all([listTeams(), schedulesNowNext()]);
  if (rows.length === 0) {
    return (
      <EmptyState title="No on-call schedules yet" action={canCreate ? <ButtonLink href="/oncall/new" variant="primary">Create a schedule</ButtonLink> : undefined}>
        <p>{canCreate ? "Create a schedule for your team: a daily or weekly rotation of its engineers, handing off at a local time." : "An editor of a team creates its schedule; ask yours to set one up."}</p>
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-6">
      {teams.map((team) => {
        const own = rows.filter((row) => row.schedule.teamId === team.id);
        return (
          <section key={team.id} aria-labelledby={`team-${team.slug}`} className="grid gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`team-${team.slug}`} className="text-lg font-semibold">
                {team.name}
              </h2>
              <Link href={`/oncall/teams/${team.slug}`} className="text-sm text-primary hover:underline">
                Escalation policy and team on-call
              </Link>
            </div>
            {own.length === 0 ? (
              <p className="text-sm text-muted">No schedule for this team yet{canCreate ? " — create one with “New schedule”." : "."}</p>
            ) : (
              <TableOrCards
                cards={
                  <RowCards label={`${team.name} schedules`}>
                    {own.map(({ schedule, now, next }) => (
                      <RowCard
                        key={schedule.id}
                        title={
                          <Link href={`/oncall/${schedule.slug}`} className="text-primary hover:underline">
                            {schedule.name}
                          </Link>
                        }
                        fields={[
                          { label: "Rotation", value: rotationLabel(schedule) },
                          { label: "On call now", value: <Now shift={now} /> },
                          { label: "Next", value: <Next shift={next} /> },
                        ]}
                      />
                    ))}
                  </RowCards>
                }
              >
                <Table label={`${team.name} schedules`}>
                  <thead>
                    <tr>
                      <Th>Schedule</Th>
                      <Th>Rotation</Th>
                      <Th>On call now</Th>
                      <Th>Next</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {own.map(({ schedule, now, next }) => (
                      <tr key={schedule.id}>
                        <Td>
                          <Link href={`/oncall/${schedule.slug}`} className="font-medium text-primary hover:underline">
                            {schedule.name}
                          </Link>
                        </Td>
                        <Td className="text-muted">{rotationLabel(schedule)}</Td>
                        <Td>
                          <Now shift={now} />
                        </Td>
                        <Td>
                          <Next shift={next} />
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </TableOrCards>
            )}
          </section>
        );
      })}
    </div>
  );
}

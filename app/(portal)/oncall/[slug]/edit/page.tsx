import { forbidden, notFound } from "next/navigation";
import { ScheduleForm } from "@/components/oncall/schedule-form";
import { PageHeader } from "@/components/ui/page-header";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageRole } from "@/lib/auth/session";
import { scheduleParticipants } from "@/lib/server/oncall/reads";
import { updateScheduleAction } from "../../actions";
import { scheduleFormOptions } from "../../_form-data";
import { loadSchedule } from "../_data";

export const metadata = { title: "Edit on-call schedule" };

export default async function EditSchedulePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageRole("editor");
  const schedule = await loadSchedule((await params).slug);
  if (!schedule) notFound();
  if (!canEditTeamResource(user, schedule.teamId)) forbidden();
  const [options, participants] = await Promise.all([scheduleFormOptions(user), scheduleParticipants([schedule.id])]);
  const timeZones = options.timeZones.includes(schedule.timeZone) ? options.timeZones : [schedule.timeZone, ...options.timeZones];
  return (
    <div>
      <PageHeader title={`Edit ${schedule.name}`} description="Changes apply from now on; the calendar and the feed recompute every shift from the new rotation." />
      <ScheduleForm
        action={updateScheduleAction.bind(null, schedule.slug)}
        mode="edit"
        cancelHref={`/oncall/${schedule.slug}`}
        {...options}
        timeZones={timeZones}
        initial={{
          slug: schedule.slug,
          name: schedule.name,
          team: schedule.teamSlug,
          timeZone: schedule.timeZone,
          rotation: schedule.rotation,
          handoffTime: schedule.handoffTime,
          handoffWeekday: schedule.handoffWeekday,
          startDate: schedule.startDate,
          participants: (participants.get(schedule.id) ?? []).map((p) => p.email),
        }}
      />
    </div>
  );
}

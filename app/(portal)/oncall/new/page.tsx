import { ScheduleForm } from "@/components/oncall/schedule-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { createScheduleAction } from "../actions";
import { scheduleFormOptions } from "../_form-data";

export const metadata = { title: "New on-call schedule" };

export default async function NewSchedulePage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const user = await requirePageRole("editor");
  const options = await scheduleFormOptions(user);
  const team = (await searchParams).team;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div>
      <PageHeader title="New on-call schedule" description="A rotation of people for one team. Participants take turns in the order given, handing off at the same local time every day or week." />
      <ScheduleForm
        action={createScheduleAction}
        mode="create"
        cancelHref="/oncall"
        {...options}
        initial={{ slug: "", name: "", team: options.teams.some((t) => t.slug === team) ? team! : (options.teams[0]?.slug ?? ""), timeZone: "UTC", rotation: "weekly", handoffTime: "09:00", handoffWeekday: 1, startDate: today, participants: [] }}
      />
    </div>
  );
}

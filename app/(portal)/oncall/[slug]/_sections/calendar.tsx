// Four weeks of the schedule from the chosen Monday (this week by default).
import { nowMs } from "@/lib/clock";
import { ScheduleCalendar } from "@/components/oncall/schedule-calendar";
import type { ScheduleRow } from "@/db/queries/oncall";
import { TZDate } from "@date-fns/tz";
import { addWeeks, format } from "date-fns";
import { calendarWeeks, dayBounds, weekStartOf } from "@/lib/oncall/view/calendar";
import { scheduleDetail } from "@/lib/server/oncall/reads";

const WEEKS = 4;

export async function CalendarSection({ schedule, week }: { schedule: ScheduleRow; week?: string }) {
  const now = nowMs();
  const start = week && /^\d{4}-\d{2}-\d{2}$/.test(week) && Number.isFinite(Date.parse(week)) ? weekStartOf(dayBounds(week, schedule.timeZone).from, schedule.timeZone) : weekStartOf(now, schedule.timeZone);
  const from = dayBounds(start, schedule.timeZone).from;
  const to = new TZDate(from, schedule.timeZone);
  const end = addWeeks(to, WEEKS).getTime();
  const detail = await scheduleDetail(schedule.slug, new Date(from), new Date(end));
  const weeks = calendarWeeks(
    (detail?.shifts ?? []).map((s) => ({ name: s.name, from: s.from.getTime(), until: s.until.getTime(), override: s.override })),
    schedule.timeZone,
    start,
    WEEKS,
    now,
  );
  const shift = (n: number) => format(addWeeks(new TZDate(from, schedule.timeZone), n), "yyyy-MM-dd");
  const base = `/oncall/${schedule.slug}`;
  return <ScheduleCalendar weeks={weeks} timeZone={schedule.timeZone} previousHref={`${base}?week=${shift(-WEEKS)}#calendar`} nextHref={`${base}?week=${shift(WEEKS)}#calendar`} todayHref={`${base}#calendar`} />;
}

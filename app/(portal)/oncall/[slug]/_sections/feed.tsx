// The schedule's iCalendar feed URL: everyone who can see the schedule may subscribe; editors can replace the token.
import { FeedLink } from "@/components/oncall/feed-link";
import type { ScheduleRow } from "@/db/queries/oncall";
import { feedTokenOf } from "@/lib/server/oncall/reads";
import { regenerateFeedAction } from "../../actions";

export async function FeedSection({ schedule, canEdit }: { schedule: ScheduleRow; canEdit: boolean }) {
  const token = await feedTokenOf(schedule);
  const path = `/api/v1/oncall/${schedule.slug}.ics?token=${encodeURIComponent(token)}`;
  return (
    <div className="mt-2">
      <FeedLink path={path} regenerate={canEdit ? regenerateFeedAction.bind(null, schedule.slug) : null} />
    </div>
  );
}

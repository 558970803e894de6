// Overrides from now on (and the one running), with the form to add one and buttons to remove them.
import { nowMs } from "@/lib/clock";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { OverrideForm } from "@/components/oncall/override-form";
import { RemoveOverrideButton } from "@/components/oncall/remove-override-button";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { ScheduleRow } from "@/db/queries/oncall";
import { listUsers } from "@/db/queries/users";
import { scheduleDetail } from "@/lib/server/oncall/reads";
import { addOverrideAction, removeOverrideAction } from "../../actions";

const DAY = 86_400_000;

export async function OverridesSection({ schedule, canEdit }: { schedule: ScheduleRow; canEdit: boolean }) {
  const now = nowMs();
  const detail = await scheduleDetail(schedule.slug, new Date(now), new Date(now + 365 * DAY));
  const overrides = detail?.overrides ?? [];
  const local = (ms: number) => format(new TZDate(ms, schedule.timeZone), "yyyy-MM-dd'T'HH:mm");
  // The next whole hour for a default start, four hours long.
  const start = Math.ceil(now / 3_600_000) * 3_600_000;
  return (
    <div className="mt-2 grid gap-4">
      {overrides.length === 0 ? (
        <p className="text-sm text-muted">No overrides coming up.{canEdit ? " Add one below when someone covers for someone else." : ""}</p>
      ) : (
        <ul className="grid gap-2" aria-label="Overrides">
          {overrides.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 rounded-md border border-border p-2 text-sm sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 [overflow-wrap:anywhere]">
                <strong className="font-medium">{o.name}</strong> from <FormattedTime iso={o.from.toISOString()} /> until <FormattedTime iso={o.until.toISOString()} />
                {o.reason ? <span className="text-muted"> — {o.reason}</span> : null}
                <div className="text-xs text-muted">Added by {o.createdBy}</div>
              </div>
              {canEdit ? <RemoveOverrideButton label={o.name} action={removeOverrideAction.bind(null, schedule.slug, o.id)} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <section aria-labelledby="add-override" className="grid gap-2 border-t border-border pt-3">
          <h3 id="add-override" className="text-sm font-semibold">
            Add an override
          </h3>
          <OverrideForm
            action={addOverrideAction.bind(null, schedule.slug)}
            people={(await listUsers()).filter((u) => u.isActive).map((u) => ({ email: u.email, name: u.name }))}
            timeZone={schedule.timeZone}
            defaults={{ from: local(start), until: local(start + 4 * 3_600_000) }}
          />
        </section>
      ) : null}
    </div>
  );
}

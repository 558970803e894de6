// Overrides: someone covers a stretch of a schedule; the same rights as changing the schedule.
import "server-only";
import { deleteOverride, findActiveUsersByEmail, insertOverride } from "@/db/queries/oncall";
import type { Caller } from "@/lib/access/caller";
import type { OverrideInput } from "@/lib/oncall/schemas";
import { emitChange } from "../change-events";
import { invalid, notFound } from "../errors";
import { writableSchedule } from "./schedules";

export async function addOverride({ caller, slug, input }: { caller: Caller; slug: string; input: OverrideInput }): Promise<{ id: number }> {
  const schedule = await writableSchedule(caller, slug);
  const person = (await findActiveUsersByEmail([input.user])).get(input.user);
  if (!person) throw invalid(`user: no active user with email ${input.user}`, "user");
  const id = await insertOverride({ scheduleId: schedule.id, scheduleSlug: schedule.slug, userId: person.id, from: new Date(input.from), until: new Date(input.until), reason: input.reason }, caller.actor);
  emitChange({ entity: "oncall_schedule", action: "updated", key: schedule.slug, actor: caller.actor.label });
  return { id };
}

export async function removeOverride({ caller, slug, overrideId }: { caller: Caller; slug: string; overrideId: number }): Promise<void> {
  const schedule = await writableSchedule(caller, slug);
  if (!(await deleteOverride(schedule.id, schedule.slug, overrideId, caller.actor))) throw notFound(`No override ${overrideId} on schedule "${slug}"`);
  emitChange({ entity: "oncall_schedule", action: "updated", key: schedule.slug, actor: caller.actor.label });
}

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { onCallToJson, overrideToJson, scheduleToJson } from "@/lib/oncall/json";
import { readableSchedule, scheduleParticipants } from "@/lib/server/oncall/reads";
import { deleteSchedule, updateSchedule } from "@/lib/server/oncall/schedules";

export const GET = apiRoute(operations.getSchedule, async ({ caller, params }) => {
  const { detail, now, next } = await readableSchedule(caller, params.slug!);
  return NextResponse.json({ ...scheduleToJson(detail.schedule, detail.participants), now: onCallToJson(now), next: onCallToJson(next), overrides: detail.overrides.map(overrideToJson) });
});

export const PUT = apiRoute(operations.updateSchedule, async ({ caller, body, params }) => {
  const schedule = await updateSchedule({ caller, slug: params.slug!, input: body });
  return NextResponse.json(scheduleToJson(schedule, (await scheduleParticipants([schedule.id])).get(schedule.id) ?? []));
});

export const DELETE = apiRoute(operations.deleteSchedule, async ({ caller, params }) => {
  await deleteSchedule({ caller, slug: params.slug! });
  return new NextResponse(null, { status: 204 });
});

import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { scheduleToJson } from "@/lib/oncall/json";
import { createSchedule } from "@/lib/server/oncall/schedules";
import { readableSchedules, scheduleParticipants } from "@/lib/server/oncall/reads";

export const GET = apiRoute(operations.listSchedules, async ({ caller, query }) => {
  const schedules = await readableSchedules(caller, query.team);
  const participants = await scheduleParticipants(schedules.map((s) => s.id));
  return NextResponse.json({ schedules: schedules.map((s) => scheduleToJson(s, participants.get(s.id) ?? [])) });
});

export const POST = apiRoute(operations.createSchedule, async ({ caller, body }) => {
  const schedule = await createSchedule({ caller, input: body });
  const participants = await scheduleParticipants([schedule.id]);
  return NextResponse.json(scheduleToJson(schedule, participants.get(schedule.id) ?? []), { status: 201 });
});

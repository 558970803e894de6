import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { onCallToJson } from "@/lib/oncall/json";
import { readableTeam, schedulesNowNext } from "@/lib/server/oncall/reads";

export const GET = apiRoute(operations.getOnCall, async ({ caller, query }) => {
  const team = await readableTeam(caller, query.team);
  const schedules = await schedulesNowNext({ teamId: team.id });
  return NextResponse.json({
    team: team.slug,
    schedules: schedules.map(({ schedule, now, next }) => ({ name: schedule.name, timeZone: schedule.timeZone, now: onCallToJson(now), next: onCallToJson(next) })),
  });
});

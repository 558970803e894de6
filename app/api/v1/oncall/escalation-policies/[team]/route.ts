import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import type { Caller } from "@/lib/access/caller";
import { setEscalationPolicy } from "@/lib/server/oncall/escalation";
import { escalationLevels, readableTeam } from "@/lib/server/oncall/reads";

async function policyJson(caller: Caller, slug: string) {
  const team = await readableTeam(caller, slug);
  const levels = await escalationLevels({ teamId: team.id, at: new Date() });
  return {
    team: team.slug,
    levels: levels.map(({ level, delayMinutes, target, people }) => ({
      level,
      delayMinutes,
      ...(target.kind === "schedule" ? { schedule: target.slug } : { user: target.email }),
      people: people.map((p) => ({ email: p.email, name: p.name })),
    })),
  };
}

export const GET = apiRoute(operations.getEscalationPolicy, async ({ caller, params }) => NextResponse.json(await policyJson(caller, params.team!)));

export const PUT = apiRoute(operations.setEscalationPolicy, async ({ caller, body, params }) => {
  await setEscalationPolicy({ caller, team: params.team!, input: body });
  return NextResponse.json(await policyJson(caller, params.team!));
});

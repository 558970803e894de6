import { NextResponse } from "next/server";
import { listTeams } from "@/db/queries/teams";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { teamToJson } from "@/lib/catalog/json";
import { createTeam } from "@/lib/server/catalog/teams";

export const GET = apiRoute(operations.listTeams, async () => NextResponse.json({ teams: (await listTeams()).map(teamToJson) }));

export const POST = apiRoute(operations.createTeam, async ({ caller, body }) => {
  const team = await createTeam({ caller, input: body });
  return NextResponse.json(teamToJson({ ...team, memberCount: 0, serviceCount: 0 }), { status: 201 });
});

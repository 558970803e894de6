import { NextResponse } from "next/server";
import { createTeam, listTeams } from "@/db/queries/teams";
import { parseJsonBody } from "@/lib/api/body";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { ApiError } from "@/lib/api/errors";
import { teamInputSchema } from "@/lib/catalog/schemas";
import { teamToJson } from "@/lib/catalog/json";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  return NextResponse.json({ teams: (await listTeams()).map(teamToJson) });
});

export const POST = apiHandler(async (request) => {
  const principal = await requireScope(request, "write");
  // Creating teams is an admin's job in the UI; a browser session needs the admin role here too.
  if (principal.user && principal.user.role !== "admin") throw new ApiError("forbidden", "Only admins can create teams");
  const input = await parseJsonBody(request, teamInputSchema);
  const team = await createTeam(input, principal.actor);
  return NextResponse.json(teamToJson({ ...team, memberCount: 0, serviceCount: 0 }), { status: 201 });
});

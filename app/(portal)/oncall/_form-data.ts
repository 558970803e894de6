// What the schedule forms offer: teams the person may change, active people, the runtime's time zones.
import "server-only";
import { listTeams } from "@/db/queries/teams";
import { listUsers } from "@/db/queries/users";
import type { SessionUser } from "@/lib/auth/session";

export async function scheduleFormOptions(user: SessionUser) {
  const [teams, users] = await Promise.all([listTeams(), listUsers()]);
  return {
    teams: teams.filter((team) => user.role === "admin" || user.teamIds.includes(team.id)).map((team) => ({ slug: team.slug, name: team.name })),
    people: users.filter((u) => u.isActive).map((u) => ({ email: u.email, name: u.name })),
    timeZones: ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")],
  };
}

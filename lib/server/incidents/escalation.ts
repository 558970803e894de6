// Who an escalation reaches: the owning team's escalation policy (on-call person first, then each level after its delay),
// in the words the incident timeline shows.
import "server-only";
import { escalationLevels, onCallAt } from "@/lib/server/oncall/reads";

/** "paging Eli Engineer (Payments primary) now; Sam Ortiz after 15 min; Morgan Manager after 30 min". */
export async function escalationWords(teamId: number | null, at: Date): Promise<string> {
  if (teamId === null) return "the incident has no owning team to escalate to";
  const levels = await escalationLevels({ teamId, at });
  if (!levels.length) {
    const onCall = await onCallAt({ teamId, at });
    return onCall ? `paging ${onCall.name}, on call (the team has no escalation policy)` : "the team has no escalation policy and nobody on call";
  }
  const steps = levels.map((level) => {
    const who = level.people.length ? level.people.map((p) => p.name).join(", ") : `nobody (${level.target.name} has no one on call)`;
    const via = level.target.kind === "schedule" ? ` (${level.target.name})` : "";
    return `${who}${via} ${level.delayMinutes === 0 ? "now" : `after ${level.delayMinutes} min`}`;
  });
  return `paging ${steps.join("; ")}`;
}

/** The on-call person a new incident of the team is assigned to, if anyone is on call. */
export async function assigneeFor(teamId: number | null, at: Date): Promise<{ userId: number; name: string; schedule: string } | null> {
  return teamId === null ? null : onCallAt({ teamId, at });
}

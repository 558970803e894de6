// The demo company's on-call: a schedule per team (weekly where most services are tier 1, daily elsewhere),
// engineers without passwords in each rotation, one override and an escalation policy per team. Idempotent.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../queries/audit";
import { createSchedule, findActiveUsersByEmail, findScheduleBySlug, insertOverride, listEscalationLevels, replaceEscalationLevels } from "../queries/oncall";
import { addTeamMember, findTeamBySlug } from "../queries/teams";
import { createUser, findUserByEmail } from "../queries/users";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";

type TeamSlug = (typeof DEMO_TEAMS)[number]["slug"];

const ENGINEERS: { email: string; name: string; team: TeamSlug }[] = [
  { email: "priya.patel@keel.local", name: "Priya Patel", team: "payments" },
  { email: "tom.okafor@keel.local", name: "Tom Okafor", team: "payments" },
  { email: "lena.fischer@keel.local", name: "Lena Fischer", team: "payments" },
  { email: "sam.rivera@keel.local", name: "Sam Rivera", team: "streaming" },
  { email: "jo.kim@keel.local", name: "Jo Kim", team: "streaming" },
  { email: "ava.brooks@keel.local", name: "Ava Brooks", team: "streaming" },
  { email: "noah.weber@keel.local", name: "Noah Weber", team: "platform" },
  { email: "mia.schulz@keel.local", name: "Mia Schulz", team: "platform" },
  { email: "omar.haddad@keel.local", name: "Omar Haddad", team: "platform" },
  { email: "grace.osei@keel.local", name: "Grace Osei", team: "core-banking" },
  { email: "ian.murray@keel.local", name: "Ian Murray", team: "core-banking" },
  { email: "zoe.clarke@keel.local", name: "Zoe Clarke", team: "core-banking" },
];

// Rotation order: Eli Engineer (a demo sign-in) is in the payments rotation; the last engineer is the team's secondary.
const SCHEDULES: { team: TeamSlug; slug: string; name: string; timeZone: string; participants: string[] }[] = [
  { team: "payments", slug: "payments-primary", name: "Payments primary", timeZone: "Europe/London", participants: ["engineer@keel.local", "priya.patel@keel.local", "tom.okafor@keel.local", "lena.fischer@keel.local"] },
  { team: "streaming", slug: "streaming-primary", name: "Streaming primary", timeZone: "America/New_York", participants: ["sam.rivera@keel.local", "jo.kim@keel.local", "ava.brooks@keel.local"] },
  { team: "platform", slug: "platform-primary", name: "Observability primary", timeZone: "Europe/Berlin", participants: ["noah.weber@keel.local", "mia.schulz@keel.local", "omar.haddad@keel.local"] },
  { team: "core-banking", slug: "core-banking-primary", name: "Core Banking primary", timeZone: "Europe/London", participants: ["grace.osei@keel.local", "ian.murray@keel.local", "zoe.clarke@keel.local"] },
];

const MANAGER = "manager@keel.local";
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Weekly where at least half the team's services are tier 1. */
function rotationOf(team: TeamSlug): "daily" | "weekly" {
  const own = DEMO_SERVICES.filter((s) => s.team === team);
  return own.filter((s) => s.tier === 1).length * 2 >= own.length ? "weekly" : "daily";
}

export async function seedDemoOncall(actor: Actor, nowMs: number): Promise<{ schedules: number }> {
  for (const engineer of ENGINEERS) {
    let user = await findUserByEmail(engineer.email);
    if (!user) {
      await createUser({ email: engineer.email, name: engineer.name, role: "editor", passwordHash: null }, actor);
      user = await findUserByEmail(engineer.email);
    }
    await addTeamMember((await findTeamBySlug(engineer.team))!.id, user!.id, actor);
  }
  // Four weeks back, on a Monday, so the rotation has history and handoffs fall on Mondays.
  const monday = new Date(nowMs - 28 * DAY);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const startDate = monday.toISOString().slice(0, 10);
  let created = 0;
  for (const spec of SCHEDULES) {
    const team = (await findTeamBySlug(spec.team))!;
    let schedule = await findScheduleBySlug(spec.slug);
    if (!schedule) {
      const people = await findActiveUsersByEmail(spec.participants);
      const rotation = rotationOf(spec.team);
      const made = await createSchedule(
        { slug: spec.slug, name: spec.name, teamId: team.id, timeZone: spec.timeZone, rotation, handoffTime: "09:00", handoffWeekday: 1, startDate, feedToken: randomBytes(24).toString("base64url"), participantIds: spec.participants.map((email) => people.get(email)!.id) },
        actor,
      );
      // One override: the secondary covers an evening of the first participant's, two days from now.
      const cover = people.get(spec.participants.at(-1)!)!;
      const from = Math.floor((nowMs + 2 * DAY) / HOUR) * HOUR;
      await insertOverride({ scheduleId: made.id, scheduleSlug: made.slug, userId: cover.id, from: new Date(from), until: new Date(from + 6 * HOUR), reason: "Swap: covering an evening" }, actor);
      schedule = await findScheduleBySlug(spec.slug);
      created++;
    }
    if ((await listEscalationLevels(team.id)).length === 0) {
      const secondary = (await findUserByEmail(spec.participants.at(-1)!))!;
      const manager = (await findUserByEmail(MANAGER))!;
      await replaceEscalationLevels(
        team,
        [
          { delayMinutes: 0, targetScheduleId: schedule!.id, targetUserId: null },
          { delayMinutes: 15, targetScheduleId: null, targetUserId: secondary.id },
          { delayMinutes: 30, targetScheduleId: null, targetUserId: manager.id },
        ],
        actor,
      );
    }
  }
  return { schedules: created };
}

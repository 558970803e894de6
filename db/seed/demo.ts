// Seeds the demo company: teams, services and the four demo users. Idempotent: existing rows are kept.
import "server-only";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo-accounts";
import { hashPassword } from "@/lib/access/password";
import { getDb } from "../client";
import type { Actor } from "../queries/audit";
import { writeAudit } from "../queries/audit";
import { createService, findServiceBySlug, type ServiceWithTeam } from "../queries/services";
import { putSetting } from "../queries/settings";
import { addTeamMember, createTeam, findTeamBySlug } from "../queries/teams";
import { createUser, findUserByEmail } from "../queries/users";
import { DEMO_SERVICES, DEMO_TEAMS } from "./demo-catalog";
import { seedDemoIncidents } from "./demo-incidents";
import { DEMO_ANCHOR_SETTING } from "./demo-live";
import { seedDemoDrills } from "./demo-drills";
import { seedDemoOncall } from "./demo-oncall";
import { seedDemoReadiness } from "./demo-readiness";
import { seedDemoSlos } from "./demo-slo-seed";

export type SeedSummary = { teams: number; services: number; users: number; slos: number; sliMinutes: number; deployments: number; incidents: number; drills: number };

export async function seedDemo(actor: Actor, nowMs = Date.now()): Promise<SeedSummary> {
  const summary: SeedSummary = { teams: 0, services: 0, users: 0, slos: 0, sliMinutes: 0, deployments: 0, incidents: 0, drills: 0 };
  const teamIds = new Map<string, number>();
  for (const team of DEMO_TEAMS) {
    const existing = await findTeamBySlug(team.slug);
    if (existing) teamIds.set(team.slug, existing.id);
    else {
      teamIds.set(team.slug, (await createTeam(team, actor)).id);
      summary.teams++;
    }
  }
  for (const service of DEMO_SERVICES) {
    if (await findServiceBySlug(service.slug)) continue;
    const { team, ...rest } = service;
    await createService({ ...rest, teamId: teamIds.get(team)!, runbookUrl: `https://runbooks.keel.local/${service.slug}` }, actor);
    summary.services++;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demoUser of DEMO_USERS) {
    let user = await findUserByEmail(demoUser.email);
    if (!user) {
      await createUser({ email: demoUser.email, name: demoUser.name, role: demoUser.role, passwordHash }, actor);
      user = await findUserByEmail(demoUser.email);
      summary.users++;
    }
    for (const team of demoUser.teams) await addTeamMember(teamIds.get(team)!, user!.id, actor);
  }
  Object.assign(summary, await seedDemoSlos(actor, nowMs));
  await seedDemoOncall(actor, nowMs);
  const services = new Map<string, ServiceWithTeam>();
  for (const service of DEMO_SERVICES) services.set(service.slug, (await findServiceBySlug(service.slug))!);
  const participants = await Promise.all(DEMO_USERS.filter((u) => u.role === "editor").map(async (u) => (await findUserByEmail(u.email))!.id));
  summary.incidents = (await seedDemoIncidents(actor, nowMs)).incidents;
  summary.drills = seedDemoDrills(services, participants, nowMs);
  await seedDemoReadiness(services, actor, nowMs);
  const db = getDb();
  db.transaction((tx) => {
    putSetting(tx, "demo", true);
    // Live demo traffic places the demo's incidents relative to this minute (see demo-live.ts).
    if (summary.slos > 0) putSetting(tx, DEMO_ANCHOR_SETTING, Math.floor(nowMs / 60_000));
    writeAudit(tx, actor, { action: "seed.demo", entity: "instance", after: summary });
  });
  return summary;
}

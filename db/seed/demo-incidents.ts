// Writes the demo's year of incidents (planned in demo-incidents-plan.ts): lifecycles with their timelines, deploys
// before some of them, postmortems and action items from the month postmortems arrive, the engineers who were
// paged, and the milestones the analytics charts mark. Idempotent: a database that has them already is left alone.
import "server-only";
import { max } from "drizzle-orm";
import { getDb } from "../client";
import { actionItems, deployments, incidents, incidentServices, postmortems, services, teams, timelineEntries } from "../schema";
import { writeAudit, type Actor } from "../queries/audit";
import { ANALYTICS_MARKERS_SETTING } from "../queries/incident-analytics";
import { getSetting, putSetting } from "../queries/settings";
import { addTeamMember, findTeamBySlug } from "../queries/teams";
import { createUser, findUserByEmail } from "../queries/users";
import { DEMO_ENGINEERS, demoCalendar, planDemoIncidents, type PlannedIncident } from "./demo-incidents-plan";
import { postmortemOf, timelineOf, type Lifecycle } from "./demo-incidents-text";

const MINUTE = 60_000;
const DAY = 86_400_000;
const SEEDED_SETTING = "demoIncidents";

export type DemoIncidentsSummary = { incidents: number; postmortems: number; actionItems: number };

/** The instants of a planned incident as they stand at "now": steps still in the future have not happened. */
function lifecycleOf(plan: PlannedIncident, nowMs: number, publishedAt: Date | null): Lifecycle {
  const start = plan.startedAt.getTime();
  const when = (minutes: number | null) => (minutes === null || start + minutes * MINUTE > nowMs ? null : new Date(start + minutes * MINUTE));
  const acknowledgedAt = when(plan.ackMin);
  const ack = plan.ackMin ?? 0;
  const resolvedAt = acknowledgedAt ? when(plan.resolveMin) : null;
  const mitigatedMin = plan.mitigatedMin === null ? null : Math.max(ack, Math.min(plan.mitigatedMin, plan.resolveMin ?? Infinity));
  const mitigatedAt = acknowledgedAt ? when(mitigatedMin) : null;
  const investigatingAt = acknowledgedAt ? when(Math.min(ack + 1, mitigatedMin ?? ack + 1, plan.resolveMin ?? ack + 1)) : null;
  let closedAt: Date | null = null;
  if (resolvedAt) {
    if (plan.postmortem) closedAt = publishedAt;
    else if (plan.severity === "SEV3" || plan.severity === "SEV4") closedAt = resolvedAt.getTime() + DAY <= nowMs ? new Date(resolvedAt.getTime() + DAY) : null;
  }
  const status = closedAt ? "closed" : resolvedAt ? "resolved" : mitigatedAt ? "mitigated" : investigatingAt ? "investigating" : acknowledgedAt ? "acknowledged" : "triggered";
  return { acknowledgedAt, investigatingAt, mitigatedAt, resolvedAt, closedAt, status };
}

async function demoEngineerIds(actor: Actor): Promise<number[]> {
  const ids: number[] = [];
  for (const engineer of DEMO_ENGINEERS) {
    let user = await findUserByEmail(engineer.email);
    if (!user) {
      await createUser({ email: engineer.email, name: engineer.name, role: "editor", passwordHash: null }, actor);
      user = await findUserByEmail(engineer.email);
    }
    const team = await findTeamBySlug(engineer.team);
    if (team) await addTeamMember(team.id, user!.id, actor);
    ids.push(user!.id);
  }
  return ids;
}

export async function seedDemoIncidents(actor: Actor, nowMs: number): Promise<DemoIncidentsSummary> {
  const summary: DemoIncidentsSummary = { incidents: 0, postmortems: 0, actionItems: 0 };
  if ((await getSetting<boolean>(SEEDED_SETTING)) === true) return summary;
  const db = getDb();
  const serviceRows = db.select({ id: services.id, slug: services.slug, teamId: services.teamId }).from(services).all();
  const serviceOf = new Map(serviceRows.map((s) => [s.slug, s]));
  const teamIdOf = new Map(db.select({ id: teams.id, slug: teams.slug }).from(teams).all().map((t) => [t.slug, t.id]));
  const plans = planDemoIncidents(nowMs).filter((p) => p.services.every((slug) => serviceOf.has(slug)) && teamIdOf.has(p.team));
  if (!plans.length) return summary;
  const engineerIds = await demoEngineerIds(actor);
  const calendar = demoCalendar(nowMs);
  db.transaction((tx) => {
    let number = tx.select({ n: max(incidents.number) }).from(incidents).get()?.n ?? 0;
    for (const [index, plan] of plans.entries()) {
      const engineer = DEMO_ENGINEERS[plan.assignee]!;
      const assigneeId = engineerIds[plan.assignee]!;
      const draft = lifecycleOf(plan, nowMs, null);
      const publishAt = draft.resolvedAt && plan.postmortem ? new Date(draft.resolvedAt.getTime() + 3 * DAY) : null;
      const published = publishAt && publishAt.getTime() <= nowMs ? publishAt : null;
      const life = lifecycleOf(plan, nowMs, published);
      const first = serviceOf.get(plan.services[0]!)!;
      const deploy = plan.deployBeforeMin === null ? null : { at: new Date(plan.startedAt.getTime() - plan.deployBeforeMin * MINUTE), version: `r${1000 + index}` };
      if (deploy) tx.insert(deployments).values({ serviceId: first.id, version: deploy.version, description: "Scheduled release", at: deploy.at, recordedBy: "ci" }).run();
      number += 1;
      const created = tx
        .insert(incidents)
        .values({
          number,
          title: plan.title,
          severity: plan.severity,
          summary: `${plan.title}. Impact on ${plan.services.join(", ")}.`,
          tags: plan.tags,
          source: plan.source,
          teamId: first.teamId,
          startedAt: plan.startedAt,
          ...life,
          escalatedAt: plan.severity === "SEV1" && plan.startedAt >= calendar.pagingOn ? plan.startedAt : null,
          assigneeId,
          commanderId: plan.severity === "SEV1" ? assigneeId : null,
          alertGroupKey: plan.source === "alertmanager" ? `demo-${number}` : null,
          isHumanTouched: true,
          createdAt: plan.startedAt,
          updatedAt: life.closedAt ?? life.resolvedAt ?? plan.startedAt,
        })
        .returning({ id: incidents.id })
        .get();
      tx.insert(incidentServices).values(plan.services.map((slug, position) => ({ incidentId: created.id, serviceId: serviceOf.get(slug)!.id, position }))).run();
      const entries = timelineOf(plan, life, { engineer, paged: plan.startedAt >= calendar.pagingOn, deploy, publishedAt: published });
      tx.insert(timelineEntries).values(entries.map((e) => ({ ...e, incidentId: created.id, createdAt: e.at }))).run();
      summary.incidents++;
      if (!publishAt) continue;
      const text = postmortemOf(plan, nowMs, publishAt);
      tx.insert(postmortems).values({ incidentId: created.id, status: published ? "published" : "in_review", ...text.fields, authorId: assigneeId, publishedAt: published, createdAt: life.resolvedAt!, updatedAt: published ?? life.resolvedAt! }).run();
      summary.postmortems++;
      for (const item of text.actionItems) tx.insert(actionItems).values({ ...item, incidentId: created.id, ownerId: assigneeId, createdAt: publishAt }).run();
      summary.actionItems += text.actionItems.length;
    }
    putSetting(tx, ANALYTICS_MARKERS_SETTING, [
      { at: calendar.pagingOn.toISOString(), label: "On-call paging on" },
      { at: calendar.postmortemsFrom.toISOString(), label: "Blameless postmortems start" },
    ]);
    putSetting(tx, SEEDED_SETTING, true);
    writeAudit(tx, actor, { action: "seed.demo.incidents", entity: "instance", after: summary });
  });
  return summary;
}


// Readiness rows for tests and the bench, straight into the tables: teams and services, each with a review of a
// 12-category template, and the facts its automatic checks read (SLOs with SLI minutes, runbooks, on-call schedules,
// action items, drills), varied so that every check passes for some services and fails for others.
import { bulkAppendSli } from "@/db/queries/sli-write";
import { getDb } from "@/db/client";
import {
  actionItems,
  drills,
  incidentServices,
  incidents,
  oncallParticipants,
  oncallSchedules,
  readinessReviewItems,
  readinessReviews,
  readinessTemplateVersions,
  readinessTemplates,
  runbooks,
  services,
  slos,
  teams,
  users,
} from "@/db/schema";
import { DEFAULT_ALERT_WINDOWS } from "@/lib/slo/types";
import type { AutomaticCheck, ItemStatus, TemplateContent } from "@/lib/readiness/types";

const DAY_MS = 86_400_000;
const CHUNK = 500;

type Entry = [key: string, text: string, check: AutomaticCheck | null];

/** The twelve topics, one category each; seven items carry the seven automatic checks. */
const CATEGORIES: [key: string, name: string, entries: Entry[]][] = [
  ["slos", "SLOs and alerting", [["slos-defined", "SLOs defined", { kind: "slo_defined" }], ["burn-rate", "Alerting on SLO burn rate", { kind: "burn_rate_alerting" }], ["budget", "Error budget left", { kind: "no_exhausted_budget" }]]],
  ["oncall", "On-call and escalation", [["oncall", "On-call rotation covers the next 14 days", { kind: "oncall_coverage", days: 14 }], ["escalation", "Escalation policy agreed", null]]],
  ["runbooks", "Runbooks", [["runbooks", "Runbooks for the likely failures", { kind: "runbook" }]]],
  ["dashboards", "Dashboards", [["dashboards", "Dashboards for the golden signals", null]]],
  ["capacity", "Capacity plan", [["capacity-plan", "Capacity plan for the next year", null]]],
  ["rollback", "Rollback plan", [["rollback-plan", "Rollback plan tested", null]]],
  ["testing", "Load and failure testing", [["load-failure", "Game day or chaos experiment run", { kind: "recent_drill", months: 6 }], ["load-test", "Load test at twice the peak", null]]],
  ["coverage", "Test coverage", [["test-coverage", "Test coverage of the critical paths", null]]],
  ["dependencies", "Dependency review", [["dependency-review", "Dependencies and their SLOs reviewed", null]]],
  ["backups", "Backups and restore", [["backups-restore", "Restore from backup tested", null]]],
  ["security", "Security review", [["security-review", "Security review done", null]]],
  ["postmortems", "Postmortem process", [["postmortem-process", "No postmortem action item overdue", { kind: "no_overdue_action_items" }]]],
];

export const TWELVE_CATEGORY_TEMPLATE: TemplateContent = {
  categories: CATEGORIES.map(([key, name, entries]) => ({
    key,
    name,
    items: entries.map(([itemKey, text, check], i) => ({ key: itemKey, text, guidance: "", required: i === 0, evidenceRequired: false, check })),
  })),
};

export type ReadinessFixtures = { teams: number; services: number; slos: number; sliMinutes: number; reviews: number; items: number; serviceIds: number[] };

function chunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

/**
 * `serviceCount` services in `teamCount` teams, every one with a review of the 12-category template (every tenth approved,
 * the rest in review with their checks not yet evaluated). Three services in five have an SLO (every seventh SLO alerts
 * by ticket only) with `sliMinutes` minutes of data up to now (every ninth SLO burning its budget); three in four have a
 * runbook; four teams in five an on-call schedule; every sixth service an incident with an open action item (overdue
 * for every twelfth); two in three a drill run 0 to 8 months ago.
 */
export function insertReadinessFixtures({ prefix, teamCount, serviceCount, nowMs, sliMinutes = 60 }: { prefix: string; teamCount: number; serviceCount: number; nowMs: number; sliMinutes?: number }): ReadinessFixtures {
  const db = getDb();
  const at = new Date(nowMs);
  const startDate = new Date(nowMs - 30 * DAY_MS).toISOString().slice(0, 10);
  const created = db.transaction((tx) => {
    const people = tx
      .insert(users)
      .values(Array.from({ length: 4 }, (_, i) => ({ email: `${prefix}-person-${i}@bench.invalid`, name: `Person ${i}`, role: "editor" as const })))
      .returning({ id: users.id })
      .all()
      .map((u) => u.id);
    const teamIds = tx
      .insert(teams)
      .values(Array.from({ length: teamCount }, (_, i) => ({ slug: `${prefix}-team-${i}`, name: `Team ${prefix} ${i}` })))
      .returning({ id: teams.id })
      .all()
      .map((t) => t.id);
    const serviceRows: { id: number; teamId: number }[] = [];
    chunks(
      Array.from({ length: serviceCount }, (_, i) => ({ slug: `${prefix}-svc-${i}`, name: `Service ${prefix} ${i}`, teamId: teamIds[i % teamCount]!, tier: ((i % 3) + 1) as 1 | 2 | 3 })),
      (chunk) => serviceRows.push(...tx.insert(services).values(chunk).returning({ id: services.id, teamId: services.teamId }).all()),
    );
    const schedules = teamIds.flatMap((teamId, i) =>
      i % 5 === 4 ? [] : [{ slug: `${prefix}-oncall-${i}`, teamId, name: `On-call ${prefix} ${i}`, timeZone: "UTC", rotation: "weekly" as const, handoffTime: "09:00", handoffWeekday: 1, startDate, feedToken: `${prefix}-feed-${i}` }],
    );
    for (const schedule of tx.insert(oncallSchedules).values(schedules).returning({ id: oncallSchedules.id }).all()) {
      tx.insert(oncallParticipants).values(people.slice(0, 2).map((userId, position) => ({ scheduleId: schedule.id, position, userId }))).run();
    }
    const sloRows = serviceRows.flatMap((s, i) =>
      i % 5 < 3 ? [{ slug: `${prefix}-slo-${i}`, serviceId: s.id, name: `Availability ${i}`, sliKind: "availability" as const, target: 0.999, windowKind: "rolling" as const, windowDays: 30, budgetingMethod: "occurrences" as const, source: { kind: "push" as const }, alertWindows: i % 7 === 0 ? DEFAULT_ALERT_WINDOWS.filter((w) => w.severity !== "page") : null }] : [],
    );
    const sloIds: number[] = [];
    chunks(sloRows, (chunk) => sloIds.push(...tx.insert(slos).values(chunk).returning({ id: slos.id }).all().map((r) => r.id)));
    chunks(
      serviceRows.flatMap((s, i) => (i % 4 === 0 ? [] : [{ serviceId: s.id, slug: "failover", title: `Failover of service ${i}`, body: "Steps." }])),
      (chunk) => tx.insert(runbooks).values(chunk).run(),
    );
    let number = 0;
    serviceRows.forEach((s, i) => {
      if (i % 6 !== 0) return;
      const started = new Date(nowMs - 40 * DAY_MS);
      const incident = tx.insert(incidents).values({ number: ++number, title: `Outage of service ${i}`, severity: "SEV2", status: "resolved", source: "manual", teamId: s.teamId, startedAt: started, resolvedAt: new Date(started.getTime() + 3_600_000) }).returning({ id: incidents.id }).get();
      tx.insert(incidentServices).values({ incidentId: incident.id, serviceId: s.id, position: 0 }).run();
      tx.insert(actionItems).values({ incidentId: incident.id, title: `Fix the cause of outage ${i}`, status: "open", dueAt: new Date(nowMs + (i % 12 === 0 ? -3 : 10) * DAY_MS) }).run();
    });
    chunks(
      serviceRows.flatMap((s, i) => {
        if (i % 3 === 2) return [];
        const ran = new Date(nowMs - (i % 9) * 27 * DAY_MS - DAY_MS);
        return [{ serviceId: s.id, title: `Game day ${i}`, scenario: "Primary database fails over", scheduledAt: ran, status: "completed" as const, faultInjectedAt: ran }];
      }),
      (chunk) => tx.insert(drills).values(chunk).run(),
    );
    const template = tx.insert(readinessTemplates).values({ slug: `${prefix}-twelve`, name: `Twelve categories (${prefix})`, currentVersion: 1 }).returning({ id: readinessTemplates.id }).get();
    const version = tx.insert(readinessTemplateVersions).values({ templateId: template.id, version: 1, content: TWELVE_CATEGORY_TEMPLATE }).returning({ id: readinessTemplateVersions.id }).get();
    const reviewIds: number[] = [];
    chunks(
      serviceRows.map((s, i) => ({ serviceId: s.id, templateVersionId: version.id, status: i % 10 === 0 ? ("approved" as const) : ("in_review" as const), approvedAt: i % 10 === 0 ? new Date(nowMs - 30 * DAY_MS) : null, createdAt: new Date(nowMs - 60 * DAY_MS) })),
      (chunk) => reviewIds.push(...tx.insert(readinessReviews).values(chunk).returning({ id: readinessReviews.id }).all().map((r) => r.id)),
    );
    const flat = TWELVE_CATEGORY_TEMPLATE.categories.flatMap((c) => c.items.map((item) => ({ category: c, item })));
    const items = reviewIds.flatMap((reviewId, r) =>
      flat.map(({ category, item }, position) => {
        const approved = r % 10 === 0;
        // People's items: passed, pending or (every fifth) failed; checked items wait for their checks unless approved.
        const status: ItemStatus = approved ? "pass" : item.check ? "pending" : (["pass", "pass", "pending", "pass", "fail"] as const)[(r + position) % 5]!;
        return { reviewId, position, categoryKey: category.key, categoryName: category.name, itemKey: item.key, text: item.text, required: item.required, check: item.check, status, updatedAt: at };
      }),
    );
    chunks(items, (chunk) => tx.insert(readinessReviewItems).values(chunk).run());
    return { teams: teamIds.length, services: serviceRows.length, reviews: reviewIds.length, items: items.length, sloIds, serviceIds: serviceRows.map((s) => s.id) };
  });
  // SLI minutes up to now: mostly good, every ninth SLO failing half its requests (its budget exhausted).
  const lastMinute = Math.floor(nowMs / 60_000);
  created.sloIds.forEach((sloId, i) => {
    const rows = Array.from({ length: sliMinutes }, (_, m) => ({ minute: lastMinute - sliMinutes + 1 + m, good: i % 9 === 0 ? 500 : 999 + (m % 2), total: 1000 }));
    bulkAppendSli(sloId, rows, null);
  });
  const { sloIds, ...rest } = created;
  return { ...rest, slos: sloIds.length, sliMinutes: sloIds.length * sliMinutes };
}

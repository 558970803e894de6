// The demo's production readiness reviews, from the core-banking case study: the ledger approved at the start of demo
// month 7 (the bank's first approved review), the accounts API blocked by its eight-month-old drill, the settlement
// batches part-way through, payments' checkout approved 14 months ago (its re-review is due) and one cancelled review.
// Idempotent: Keel's default templates are ensured, reviews are added only when there are none.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { DEFAULT_TEMPLATES } from "@/lib/readiness/default-templates";
import type { CheckResult, ItemStatus, TemplateContent } from "@/lib/readiness/types";
import { getDb } from "../client";
import { readinessReviewItems, readinessReviews, readinessTemplates, readinessTemplateVersions } from "../schema";
import type { Actor } from "../queries/audit";
import { listDrills } from "../queries/drills";
import { insertTemplatesIfNone } from "../queries/readiness-templates";
import type { ServiceWithTeam } from "../queries/services";
import { findUserByEmail } from "../queries/users";
import { demoCalendar } from "./demo-incidents-plan";

const DAY = 86_400_000;
const MANAGER = "manager@keel.local";
const ADMIN = "admin@keel.local";
const ENGINEER = "engineer@keel.local";
const LENA = "lena.fischer@keel.local";
const AMARA = "amara.okafor@keel.local";

/** The bank's first approved review (core-ledger): the start of demo month 7, when its PRR era begins. */
export function demoFirstApproval(nowMs: number): Date {
  return demoCalendar(nowMs).months[6]!;
}

type ItemPlan = { status: ItemStatus; evidenceUrl?: string; comment?: string; justification?: string; assignee?: string; checkResult?: CheckResult; overrideReason?: string };

type ReviewPlan = {
  service: string;
  template: string;
  createdAt: Date;
  launchDate: Date;
  dueDate: Date | null;
  reviewer: string;
  status: "in_review" | "approved" | "cancelled";
  /** Approval or cancellation. */
  closedAt?: Date;
  /** Every item not named takes `rest`. */
  items: Record<string, ItemPlan>;
  rest: ItemPlan | ((key: string, required: boolean) => ItemPlan);
};

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const wiki = (path: string) => `https://wiki.bank.keel.local/${path}`;

function plans(nowMs: number, lastAccountsDrill: { id: number; daysAgo: number } | null): ReviewPlan[] {
  const approval = demoFirstApproval(nowMs);
  const drillResult: CheckResult = lastAccountsDrill
    ? {
        status: "fail",
        message: `Last drill ran ${lastAccountsDrill.daysAgo} days ago; the limit is 6 months`,
        evidence: [{ label: `Drill: Accounts API dependency timeout (${lastAccountsDrill.daysAgo} days ago)`, href: `/drills/${lastAccountsDrill.id}` }],
      }
    : { status: "fail", message: "No drill of this service has run in the last 6 months", evidence: [] };
  return [
    {
      service: "core-ledger",
      template: "tier-1",
      createdAt: new Date(approval.getTime() - 26 * DAY),
      launchDate: new Date(approval.getTime() + 14 * DAY),
      dueDate: new Date(approval.getTime() + 7 * DAY),
      reviewer: MANAGER,
      status: "approved",
      closedAt: approval,
      items: {
        "slos-defined": { status: "pass", assignee: LENA, comment: "Posting success and posting latency SLOs agreed with Finance." },
        "load-failure-testing": { status: "pass", assignee: LENA, evidenceUrl: wiki("game-days/ledger-failover-may"), comment: "Failover game day in May, recorded before drills were tracked in Keel." },
        "capacity-plan": { status: "pass", assignee: LENA, evidenceUrl: wiki("capacity/core-ledger-2026") },
        "rollback-plan": { status: "pass", assignee: LENA, evidenceUrl: wiki("runbooks/core-ledger-rollback") },
        "backups-restore": { status: "pass", assignee: LENA, evidenceUrl: wiki("dr/ledger-restore-test"), comment: "Full restore in 47 minutes on the DR site." },
        "security-review": { status: "pass", evidenceUrl: wiki("security/core-ledger-review"), comment: "Two medium findings fixed before sign-off." },
      },
      rest: { status: "pass", assignee: LENA },
    },
    {
      service: "accounts-api",
      template: "tier-2",
      createdAt: new Date(nowMs - 20 * DAY),
      launchDate: new Date(nowMs + 21 * DAY),
      dueDate: new Date(nowMs + 14 * DAY),
      reviewer: MANAGER,
      status: "in_review",
      items: {
        "load-failure-testing": { status: "fail", assignee: LENA, checkResult: drillResult, comment: "Game day for the customer-data timeout is being planned." },
        "backups-restore": { status: "pass", assignee: LENA, evidenceUrl: wiki("dr/accounts-restore-test") },
        "capacity-plan": { status: "pending", assignee: LENA },
        "dependency-review": { status: "pending" },
        "error-budget": { status: "pass" },
        "test-coverage": { status: "na", justification: "Covered by the channel teams' contract tests; the API holds no logic of its own beyond validation." },
      },
      rest: { status: "pass", assignee: LENA },
    },
    {
      service: "batch-settlement",
      template: "tier-3",
      createdAt: new Date(nowMs - 9 * DAY),
      launchDate: new Date(nowMs + 45 * DAY),
      dueDate: new Date(nowMs + 30 * DAY),
      reviewer: MANAGER,
      status: "in_review",
      items: {
        "slos-defined": { status: "pass", assignee: LENA, comment: "Freshness SLO: statements ready by 06:00." },
        runbooks: { status: "pass", assignee: LENA },
        oncall: { status: "pass" },
        "rollback-plan": { status: "pending", assignee: LENA, comment: "Re-running a half-finished batch needs writing down." },
      },
      rest: { status: "pending" },
    },
    {
      service: "batch-settlement",
      template: "tier-2",
      createdAt: new Date(nowMs - 12 * DAY),
      launchDate: new Date(nowMs + 45 * DAY),
      dueDate: null,
      reviewer: MANAGER,
      status: "cancelled",
      closedAt: new Date(nowMs - 11 * DAY),
      items: {},
      rest: { status: "pending" },
    },
    {
      service: "checkout",
      template: "tier-1",
      createdAt: new Date(nowMs - 450 * DAY),
      launchDate: new Date(nowMs - 420 * DAY),
      dueDate: new Date(nowMs - 428 * DAY),
      reviewer: ADMIN,
      status: "approved",
      closedAt: new Date(nowMs - 425 * DAY),
      items: {},
      rest: (key, required) => ({ status: required ? "pass" : "na", assignee: AMARA, evidenceUrl: `https://wiki.payments.keel.local/prr/checkout/${key}`, justification: required ? undefined : "Not in the checklist at the time" }),
    },
  ];
}

/** Adds the demo reviews (and Keel's default templates if missing) unless any review exists; returns how many reviews it added. */
export async function seedDemoReadiness(servicesBySlug: Map<string, ServiceWithTeam>, actor: Actor, nowMs: number): Promise<number> {
  await insertTemplatesIfNone(DEFAULT_TEMPLATES, actor);
  const db = getDb();
  if (db.select({ id: readinessReviews.id }).from(readinessReviews).limit(1).get()) return 0;
  const accounts = servicesBySlug.get("accounts-api");
  const lastRun = accounts ? (await listDrills({ serviceId: accounts.id, statuses: ["completed"] }))[0] : undefined;
  const lastAccountsDrill = lastRun?.faultInjectedAt ? { id: lastRun.id, daysAgo: Math.round((nowMs - lastRun.faultInjectedAt.getTime()) / DAY) } : null;
  const people = new Map<string, number>();
  for (const email of [MANAGER, ADMIN, ENGINEER, LENA, AMARA]) {
    const user = await findUserByEmail(email);
    if (user) people.set(email, user.id);
  }
  const personId = (email: string | undefined) => (email ? (people.get(email) ?? null) : null);
  return db.transaction((tx) => {
    let added = 0;
    for (const plan of plans(nowMs, lastAccountsDrill)) {
      const service = servicesBySlug.get(plan.service);
      const version = tx
        .select({ id: readinessTemplateVersions.id, content: readinessTemplateVersions.content })
        .from(readinessTemplateVersions)
        .innerJoin(readinessTemplates, eq(readinessTemplates.id, readinessTemplateVersions.templateId))
        .where(and(eq(readinessTemplates.slug, plan.template), eq(readinessTemplateVersions.version, sql`${readinessTemplates.currentVersion}`)))
        .get();
      if (!service || !version) continue;
      const closedAt = plan.closedAt ?? null;
      const review = tx
        .insert(readinessReviews)
        .values({
          serviceId: service.id,
          templateVersionId: version.id,
          status: plan.status,
          launchDate: ymd(plan.launchDate),
          dueDate: plan.dueDate ? ymd(plan.dueDate) : null,
          reviewerId: personId(plan.reviewer),
          createdById: personId(MANAGER),
          approvedAt: plan.status === "approved" ? closedAt : null,
          approvedById: plan.status === "approved" ? personId(plan.reviewer) : null,
          cancelledAt: plan.status === "cancelled" ? closedAt : null,
          createdAt: plan.createdAt,
          updatedAt: closedAt ?? new Date(Math.min(nowMs, plan.createdAt.getTime() + 5 * DAY)),
        })
        .returning({ id: readinessReviews.id })
        .get();
      insertItems(tx, review.id, version.content, plan, personId, closedAt ?? new Date(Math.min(nowMs, plan.createdAt.getTime() + 5 * DAY)));
      added++;
    }
    return added;
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function insertItems(tx: Tx, reviewId: number, content: TemplateContent, plan: ReviewPlan, personId: (email: string | undefined) => number | null, at: Date): void {
  let position = 0;
  for (const category of content.categories) {
    for (const item of category.items) {
      const p = plan.items[item.key] ?? (typeof plan.rest === "function" ? plan.rest(item.key, item.required) : plan.rest);
      const touched = p.status !== "pending" || p.comment !== undefined || p.assignee !== undefined;
      tx.insert(readinessReviewItems)
        .values({
          reviewId,
          position: position++,
          categoryKey: category.key,
          categoryName: category.name,
          itemKey: item.key,
          text: item.text,
          guidance: item.guidance,
          required: item.required,
          evidenceRequired: item.evidenceRequired,
          check: item.check,
          status: p.status,
          justification: p.justification ?? "",
          evidenceUrl: p.evidenceUrl ?? (p.status === "pass" && item.evidenceRequired ? wiki(`prr/${plan.service}/${item.key}`) : ""),
          comment: p.comment ?? "",
          assigneeId: personId(p.assignee),
          checkResult: p.checkResult ?? null,
          checkedAt: p.checkResult ? at : null,
          overrideReason: p.overrideReason ?? null,
          version: touched ? 2 : 1,
          updatedById: touched ? personId(p.assignee ?? MANAGER) : null,
          updatedAt: at,
        })
        .run();
    }
  }
}

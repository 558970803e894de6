// Readiness reviews: start one from a template version (its items copied), change one item at a time with a
// version check, record automatic results, approve and cancel; reads with the people and service around them.
import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { signOffBlockers, statusAfterCheck, type Blocker } from "@/lib/readiness/review-rules";
import type { CheckResult, ReviewStatus, TemplateContent } from "@/lib/readiness/types";
import { getDb } from "../client";
import { readinessReviewItems, readinessReviews, readinessTemplates, readinessTemplateVersions, services, teams, users } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { preparedPerConnection } from "./prepared";

export type ReviewRow = typeof readinessReviews.$inferSelect;
export type ReviewItemRow = typeof readinessReviewItems.$inferSelect;
export type Person = { id: number; name: string; email: string };
export type ReviewItemRecord = ReviewItemRow & { assignee: Person | null; updatedBy: Person | null };
export type ReviewRecord = ReviewRow & {
  service: { id: number; slug: string; name: string; tier: number };
  team: { id: number; slug: string; name: string };
  template: { id: number; slug: string; name: string; version: number };
  reviewer: Person | null;
  approvedBy: Person | null;
  items: ReviewItemRecord[];
};

export type NewReview = { serviceId: number; templateVersionId: number; launchDate: string; dueDate: string | null; reviewerId: number | null; createdById: number | null };

/** Starts a review: the review row and one item per template item, in the template's order, in one transaction. */
export async function insertReview(values: NewReview, content: TemplateContent, actor: Actor): Promise<ReviewRow> {
  return getDb().transaction((tx) => {
    const review = tx.insert(readinessReviews).values({ ...values, status: "in_review" }).returning().get();
    let position = 0;
    for (const category of content.categories) {
      for (const item of category.items) {
        tx.insert(readinessReviewItems)
          .values({
            reviewId: review.id,
            position: position++,
            categoryKey: category.key,
            categoryName: category.name,
            itemKey: item.key,
            text: item.text,
            guidance: item.guidance,
            required: item.required,
            evidenceRequired: item.evidenceRequired,
            check: item.check,
          })
          .run();
      }
    }
    writeAudit(tx, actor, { action: "readiness_review.create", entity: "readiness_review", entityId: review.id, after: { ...review, items: position } });
    return review;
  });
}

/** The columns a person changes on an item (automatic results are written by recordCheckResults). */
export type ItemChangeValues = Partial<Pick<ReviewItemRow, "status" | "justification" | "evidenceUrl" | "comment" | "assigneeId" | "overrideReason">>;
export type ItemDecision = { ok: true; values: ItemChangeValues } | { ok: false; field: string; message: string };

export type ItemUpdateOutcome =
  | { kind: "not_found" }
  | { kind: "closed"; status: ReviewStatus }
  | { kind: "stale"; item: ReviewItemRow }
  | { kind: "invalid"; field: string; message: string }
  | { kind: "updated"; item: ReviewItemRow };

/** A value bound when a prepared update runs; set() binds it as given, so dates go in as epoch ms. */
const slot = (name: string) => sql`${sql.placeholder(name)}`;

// The statements of a checklist click (the hottest write: ten people clicking at once), prepared once per connection.
const clickStatements = preparedPerConnection(({ db }) => ({
  reviewStatus: db.select({ status: readinessReviews.status }).from(readinessReviews).where(eq(readinessReviews.id, sql.placeholder("reviewId"))).prepare(),
  item: db
    .select()
    .from(readinessReviewItems)
    .where(and(eq(readinessReviewItems.reviewId, sql.placeholder("reviewId")), eq(readinessReviewItems.itemKey, sql.placeholder("itemKey"))))
    .prepare(),
  itemWithReview: db
    .select({ item: readinessReviewItems, reviewerId: readinessReviews.reviewerId, team: { id: teams.id, slug: teams.slug } })
    .from(readinessReviewItems)
    .innerJoin(readinessReviews, eq(readinessReviews.id, readinessReviewItems.reviewId))
    .innerJoin(services, eq(services.id, readinessReviews.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(and(eq(readinessReviewItems.reviewId, sql.placeholder("reviewId")), eq(readinessReviewItems.itemKey, sql.placeholder("itemKey"))))
    .prepare(),
  // Every column a person's change can touch is written (unchanged ones with their stored value), so one statement serves all changes.
  updateItem: db
    .update(readinessReviewItems)
    .set({
      status: slot("status"),
      justification: slot("justification"),
      evidenceUrl: slot("evidenceUrl"),
      comment: slot("comment"),
      assigneeId: slot("assigneeId"),
      overrideReason: slot("overrideReason"),
      updatedById: slot("updatedById"),
      version: slot("nextVersion"),
      updatedAt: slot("updatedAt"),
    })
    .where(and(eq(readinessReviewItems.id, sql.placeholder("id")), eq(readinessReviewItems.version, sql.placeholder("version"))))
    .returning()
    .prepare(),
  touchReview: db.update(readinessReviews).set({ updatedAt: slot("updatedAt") }).where(eq(readinessReviews.id, sql.placeholder("reviewId"))).prepare(),
  people: db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, [sql.placeholder("first"), sql.placeholder("second")]))
    .prepare(),
}));

/**
 * Changes one item when `expectedVersion` is the stored one (else nothing is written and the current item comes back).
 * `decide` sees the stored item inside the transaction and returns the values to write or why not.
 */
export async function updateReviewItem(reviewId: number, itemKey: string, expectedVersion: number, decide: (current: ReviewItemRow) => ItemDecision, actor: Actor): Promise<ItemUpdateOutcome> {
  const statements = clickStatements();
  return getDb().transaction((tx): ItemUpdateOutcome => {
    const review = statements.reviewStatus.get({ reviewId });
    if (!review) return { kind: "not_found" };
    const before = statements.item.get({ reviewId, itemKey });
    if (!before) return { kind: "not_found" };
    if (review.status !== "in_review") return { kind: "closed", status: review.status };
    if (before.version !== expectedVersion) return { kind: "stale", item: before };
    const decision = decide(before);
    if (!decision.ok) return { kind: "invalid", field: decision.field, message: decision.message };
    const now = new Date();
    const after = { ...before, ...decision.values };
    const item = statements.updateItem.get({
      status: after.status,
      justification: after.justification,
      evidenceUrl: after.evidenceUrl,
      comment: after.comment,
      assigneeId: after.assigneeId,
      overrideReason: after.overrideReason,
      updatedById: actor.kind === "user" ? actor.id : null,
      nextVersion: before.version + 1,
      updatedAt: now.getTime(),
      id: before.id,
      version: expectedVersion,
    })!;
    statements.touchReview.run({ updatedAt: now.getTime(), reviewId });
    writeAudit(tx, actor, { action: "readiness_review.item_update", entity: "readiness_review", entityId: reviewId, before, after: item });
    return { kind: "updated", item };
  });
}

/** Stores the automatic results of a review's checked items; an item a person has not overridden takes the result as its status. */
export async function recordCheckResults(reviewId: number, results: ReadonlyMap<string, CheckResult>, checkedAt: Date, actor: Actor): Promise<number> {
  return getDb().transaction((tx) => {
    const items = tx.select().from(readinessReviewItems).where(eq(readinessReviewItems.reviewId, reviewId)).all();
    let changed = 0;
    for (const item of items) {
      const result = results.get(item.itemKey);
      if (!item.check || !result) continue;
      const status = statusAfterCheck(item, result);
      const differs = status !== item.status || JSON.stringify(result) !== JSON.stringify(item.checkResult);
      tx.update(readinessReviewItems)
        .set(differs ? { checkResult: result, checkedAt, status, version: item.version + 1, updatedAt: checkedAt } : { checkedAt })
        .where(eq(readinessReviewItems.id, item.id))
        .run();
      if (!differs) continue;
      changed++;
      writeAudit(tx, actor, { action: "readiness_review.check", entity: "readiness_review", entityId: reviewId, before: { item: item.itemKey, status: item.status, checkResult: item.checkResult }, after: { item: item.itemKey, status, checkResult: result } });
    }
    return changed;
  });
}

export type ApproveOutcome = { kind: "not_found" } | { kind: "closed"; status: ReviewStatus } | { kind: "blocked"; blockers: Blocker[] } | { kind: "approved"; review: ReviewRow };

/** Approves an in-review review whose required items are all passed or N/A (decided inside the transaction). */
export async function approveReview(id: number, approvedById: number | null, at: Date, actor: Actor): Promise<ApproveOutcome> {
  return getDb().transaction((tx): ApproveOutcome => {
    const before = tx.select().from(readinessReviews).where(eq(readinessReviews.id, id)).get();
    if (!before) return { kind: "not_found" };
    if (before.status !== "in_review") return { kind: "closed", status: before.status };
    const blockers = signOffBlockers(tx.select().from(readinessReviewItems).where(eq(readinessReviewItems.reviewId, id)).orderBy(asc(readinessReviewItems.position)).all());
    if (blockers.length) return { kind: "blocked", blockers };
    const review = tx.update(readinessReviews).set({ status: "approved", approvedAt: at, approvedById, updatedAt: at }).where(eq(readinessReviews.id, id)).returning().get();
    writeAudit(tx, actor, { action: "readiness_review.approve", entity: "readiness_review", entityId: id, before, after: review });
    return { kind: "approved", review };
  });
}

export async function cancelReview(id: number, at: Date, actor: Actor): Promise<{ kind: "not_found" } | { kind: "closed"; status: ReviewStatus } | { kind: "cancelled"; review: ReviewRow }> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(readinessReviews).where(eq(readinessReviews.id, id)).get();
    if (!before) return { kind: "not_found" as const };
    if (before.status !== "in_review") return { kind: "closed" as const, status: before.status };
    const review = tx.update(readinessReviews).set({ status: "cancelled", cancelledAt: at, updatedAt: at }).where(eq(readinessReviews.id, id)).returning().get();
    writeAudit(tx, actor, { action: "readiness_review.cancel", entity: "readiness_review", entityId: id, before, after: review });
    return { kind: "cancelled" as const, review };
  });
}

/** One item with what a rights check needs of its review (reviewer, team), in one read; undefined when either is unknown. */
export async function findItemWithReview(reviewId: number, itemKey: string): Promise<{ item: ReviewItemRow; reviewerId: number | null; team: { id: number; slug: string } } | undefined> {
  return clickStatements().itemWithReview.get({ reviewId, itemKey });
}

/** An item row with its assignee and last editor. */
export async function itemWithPeople(item: ReviewItemRow): Promise<ReviewItemRecord> {
  const ids = [item.assigneeId, item.updatedById].filter((id): id is number => id !== null);
  const people = new Map(ids.length ? clickStatements().people.all({ first: ids[0]!, second: ids[1] ?? ids[0]! }).map((u) => [u.id, u] as const) : []);
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  return { ...item, assignee: person(item.assigneeId), updatedBy: person(item.updatedById) };
}

export async function findReviewItem(reviewId: number, itemKey: string): Promise<ReviewItemRow | undefined> {
  return getDb().select().from(readinessReviewItems).where(and(eq(readinessReviewItems.reviewId, reviewId), eq(readinessReviewItems.itemKey, itemKey))).get();
}

async function records(where: SQL | undefined): Promise<ReviewRecord[]> {
  const db = getDb();
  const rows = db
    .select({
      review: readinessReviews,
      service: { id: services.id, slug: services.slug, name: services.name, tier: services.tier },
      team: { id: teams.id, slug: teams.slug, name: teams.name },
      template: { id: readinessTemplates.id, slug: readinessTemplates.slug, name: readinessTemplates.name, version: readinessTemplateVersions.version },
    })
    .from(readinessReviews)
    .innerJoin(services, eq(services.id, readinessReviews.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .innerJoin(readinessTemplateVersions, eq(readinessTemplateVersions.id, readinessReviews.templateVersionId))
    .innerJoin(readinessTemplates, eq(readinessTemplates.id, readinessTemplateVersions.templateId))
    .where(where)
    .orderBy(desc(readinessReviews.createdAt), desc(readinessReviews.id))
    .all();
  if (!rows.length) return [];
  const items = db
    .select()
    .from(readinessReviewItems)
    .where(inArray(readinessReviewItems.reviewId, rows.map((r) => r.review.id)))
    .orderBy(asc(readinessReviewItems.reviewId), asc(readinessReviewItems.position))
    .all();
  const personIds = new Set<number>();
  for (const r of rows) for (const id of [r.review.reviewerId, r.review.approvedById]) if (id !== null) personIds.add(id);
  for (const item of items) for (const id of [item.assigneeId, item.updatedById]) if (id !== null) personIds.add(id);
  const people = new Map(
    personIds.size
      ? db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, [...personIds]))
          .all()
          .map((u) => [u.id, u] as const)
      : [],
  );
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  const byReview = new Map<number, ReviewItemRecord[]>();
  for (const item of items) {
    const list = byReview.get(item.reviewId) ?? [];
    list.push({ ...item, assignee: person(item.assigneeId), updatedBy: person(item.updatedById) });
    byReview.set(item.reviewId, list);
  }
  return rows.map((r) => ({ ...r.review, service: r.service, team: r.team, template: r.template, reviewer: person(r.review.reviewerId), approvedBy: person(r.review.approvedById), items: byReview.get(r.review.id) ?? [] }));
}

export async function findReviewById(id: number): Promise<ReviewRecord | undefined> {
  return (await records(eq(readinessReviews.id, id)))[0];
}

export type ReviewFilter = { serviceId?: number; teamId?: number; status?: ReviewStatus };

/** Reviews, newest first, filtered. */
export async function listReviewRecords(filter: ReviewFilter = {}): Promise<ReviewRecord[]> {
  const conditions: SQL[] = [];
  if (filter.serviceId !== undefined) conditions.push(eq(readinessReviews.serviceId, filter.serviceId));
  if (filter.teamId !== undefined) conditions.push(eq(services.teamId, filter.teamId));
  if (filter.status) conditions.push(eq(readinessReviews.status, filter.status));
  return records(conditions.length ? and(...conditions) : undefined);
}

/** Each service's latest review that was not cancelled, keyed by service id. */
export async function latestReviewPerService(): Promise<Map<number, ReviewRecord>> {
  const latest = new Map<number, ReviewRecord>();
  for (const review of await records(ne(readinessReviews.status, "cancelled"))) if (!latest.has(review.serviceId)) latest.set(review.serviceId, review);
  return latest;
}

/** When a service of the team first had a review approved (null if never). */
export async function firstApprovalOfTeam(teamId: number): Promise<Date | null> {
  const row = getDb()
    .select({ approvedAt: readinessReviews.approvedAt })
    .from(readinessReviews)
    .innerJoin(services, eq(services.id, readinessReviews.serviceId))
    .where(and(eq(services.teamId, teamId), eq(readinessReviews.status, "approved")))
    .orderBy(asc(readinessReviews.approvedAt))
    .limit(1)
    .get();
  return row?.approvedAt ?? null;
}

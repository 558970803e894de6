// SLO reviews: recorded with the target change they decide, in one transaction, audited.
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { sloReviews, slos, type SloReview } from "../schema";
import { writeAudit, type Actor } from "./audit";

export async function recordReview(
  sloId: number,
  review: { decision: "keep" | "raise" | "lower"; newTarget: number; note: string },
  reviewer: { id: number | null; actor: Actor },
  atMs = Date.now(),
): Promise<SloReview | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(slos).where(eq(slos.id, sloId)).get();
    if (!before) return undefined;
    const created = tx
      .insert(sloReviews)
      .values({ sloId, reviewedAt: new Date(atMs), reviewerId: reviewer.id, reviewer: reviewer.actor.label, decision: review.decision, previousTarget: before.target, newTarget: review.newTarget, note: review.note })
      .returning()
      .get();
    if (review.newTarget !== before.target) {
      tx.update(slos).set({ target: review.newTarget, updatedAt: new Date(atMs) }).where(eq(slos.id, sloId)).run();
    }
    writeAudit(tx, reviewer.actor, { action: `slo.review.${review.decision}`, entity: "slo", entityId: before.slug, before: { target: before.target }, after: { target: review.newTarget, note: review.note } });
    return created;
  });
}

export async function listReviews(sloId: number): Promise<SloReview[]> {
  return getDb().select().from(sloReviews).where(eq(sloReviews.sloId, sloId)).orderBy(desc(sloReviews.reviewedAt), desc(sloReviews.id)).all();
}

/** The latest review of every SLO that has one. */
export async function lastReviewTimes(): Promise<Map<number, number>> {
  const rows = getDb()
    .select({ sloId: sloReviews.sloId, last: sql<number>`max(${sloReviews.reviewedAt})` })
    .from(sloReviews)
    .groupBy(sloReviews.sloId)
    .all();
  return new Map(rows.map((row) => [row.sloId, Number(row.last)]));
}

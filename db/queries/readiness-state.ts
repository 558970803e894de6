// The readiness state's narrow read: each service's latest review that was not cancelled with only the item fields the
// state and its automatic checks need, in two prepared statements (the scorecard of every service, the service page and
// the palette read it; pages of one review use the review reads). Hand-written SQL rather than the query builder: the
// scorecard reads some 17,000 items at a time, and mapping them through the builder cost more than the read.
import "server-only";
import type { StateItem, StateReview } from "@/lib/readiness/state";
import type { AutomaticCheck, CheckResult, ItemStatus, ReviewStatus } from "@/lib/readiness/types";
import { preparedPerConnection } from "./prepared";

/** A review item as the state reads it, with the automatic check it carries (null: checked by people only). */
export type CheckedStateItem = StateItem & { check: AutomaticCheck | null };

type LatestReview = Omit<StateReview, "items"> & { serviceId: number; dueDate: string | null; updatedAt: Date; items: CheckedStateItem[] };

type ReviewRow = { id: number; service_id: number; status: ReviewStatus; approved_at: number | null; due_date: string | null; updated_at: number };
// Items come back as arrays (better-sqlite3's raw mode): some 17,000 at a time for the scorecard, no object per row.
type ItemRow = [
  reviewId: number,
  itemKey: string,
  text: string,
  categoryKey: string,
  categoryName: string,
  required: number,
  status: ItemStatus,
  evidenceRequired: number,
  justification: string,
  evidenceUrl: string,
  checkResult: string | null,
  overrideReason: string | null,
  check: string | null,
  position: number,
];

// Ids travel as one JSON array (json_each), so one statement serves any number of them.
const REVIEWS_SQL = `SELECT id, service_id, status, approved_at, due_date, updated_at FROM readiness_reviews
  WHERE status <> 'cancelled' AND (@ids IS NULL OR service_id IN (SELECT value FROM json_each(@ids)))
  ORDER BY created_at DESC, id DESC`;
const ITEM_COLUMNS = `review_id, item_key, text, category_key, category_name, required, status, evidence_required, justification, evidence_url,
  check_result, override_reason, "check", position`;
// Items of the given reviews; with many reviews wanted (the scorecard), one plain scan of the table (items of superseded
// reviews are dropped in JS) costs far less than a thousand index lookups. Rows come in table order and are put in
// position order per review in JS, which is cheaper than sorting 17,000 rows in SQLite.
const ITEMS_OF_SQL = `SELECT ${ITEM_COLUMNS} FROM readiness_review_items WHERE review_id IN (SELECT value FROM json_each(@ids))`;
const ALL_ITEMS_SQL = `SELECT ${ITEM_COLUMNS} FROM readiness_review_items`;
const FULL_SCAN_FROM = 100;

type Statements = { reviews: (ids: string | null) => ReviewRow[]; items: (ids: string) => ItemRow[]; allItems: () => ItemRow[] };
const statements = preparedPerConnection(({ sqlite }): Statements => {
  const reviews = sqlite.prepare<[{ ids: string | null }], ReviewRow>(REVIEWS_SQL);
  const items = sqlite.prepare<[{ ids: string }], ItemRow>(ITEMS_OF_SQL).raw(true);
  const allItems = sqlite.prepare<[], ItemRow>(ALL_ITEMS_SQL).raw(true);
  return { reviews: (ids) => reviews.all({ ids }), items: (ids) => items.all({ ids }), allItems: () => allItems.all() };
});

/** Table order is almost always position order already (a review's items are inserted in order); sorts only when not. */
function inPositionOrder(list: { position: number; item: CheckedStateItem }[]): CheckedStateItem[] {
  if (list.some((entry, i) => i > 0 && entry.position < list[i - 1]!.position)) list.sort((x, y) => x.position - y.position);
  return list.map((entry) => entry.item);
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

/** Per service id, its latest review (by creation, then id) that was not cancelled; all services when no ids are given. */
export async function latestReviewStates(serviceIds?: readonly number[]): Promise<Map<number, LatestReview>> {
  const s = statements();
  const latest = new Map<number, ReviewRow>();
  for (const review of s.reviews(serviceIds ? JSON.stringify(serviceIds) : null)) if (!latest.has(review.service_id)) latest.set(review.service_id, review);
  const placed = new Map<number, { position: number; item: CheckedStateItem }[]>([...latest.values()].map((r) => [r.id, []]));
  if (placed.size) {
    // A template's checks repeat across reviews: each distinct JSON text is parsed once (and its object shared, read-only).
    const checks = new Map<string, AutomaticCheck | null>();
    const checkOf = (text: string | null) => {
      if (text === null) return null;
      let parsed = checks.get(text);
      if (parsed === undefined) checks.set(text, (parsed = json<AutomaticCheck>(text)));
      return parsed;
    };
    const rows = placed.size > FULL_SCAN_FROM ? s.allItems() : s.items(JSON.stringify([...placed.keys()]));
    for (const [reviewId, itemKey, text, categoryKey, categoryName, required, status, evidenceRequired, justification, evidenceUrl, checkResult, overrideReason, check, position] of rows) {
      // Items of reviews that are not the latest (the full scan reads them too) are skipped.
      placed.get(reviewId)?.push({
        position,
        item: {
          itemKey,
          text,
          categoryKey,
          categoryName,
          required: required === 1,
          status,
          evidenceRequired: evidenceRequired === 1,
          justification,
          evidenceUrl,
          checkResult: json<CheckResult>(checkResult),
          overrideReason,
          check: checkOf(check),
        },
      });
    }
  }
  const items = new Map([...placed].map(([reviewId, list]) => [reviewId, inPositionOrder(list)]));
  return new Map(
    [...latest].map(([serviceId, r]) => [
      serviceId,
      { id: r.id, serviceId, status: r.status, approvedAt: r.approved_at === null ? null : new Date(r.approved_at), dueDate: r.due_date, updatedAt: new Date(r.updated_at), items: items.get(r.id)! },
    ]),
  );
}

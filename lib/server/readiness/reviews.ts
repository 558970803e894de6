// Readiness reviews: start one for a service from a template, change its items one at a time (a stale write is
// refused and answered with the current item), re-evaluate its automatic checks, approve or cancel it.
import "server-only";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import {
  approveReview as writeApproval,
  cancelReview as writeCancel,
  findReviewById,
  findItemWithReview,
  insertReview,
  itemWithPeople,
  recordCheckResults,
  updateReviewItem as writeItem,
  type ItemChangeValues,
  type ReviewItemRecord,
  type ReviewItemRow,
  type ReviewRecord,
} from "@/db/queries/readiness-reviews";
import { findTemplateBySlug, findTemplateVersion } from "@/db/queries/readiness-templates";
import { findServiceBySlug } from "@/db/queries/services";
import { findUserById } from "@/db/queries/users";
import { callerHasScope, type Caller } from "@/lib/access/caller";
import { applyItemChange, type Blocker } from "@/lib/readiness/review-rules";
import { itemUpdateSchema, reviewCreateSchema, type ItemUpdateInput, type ReviewCreateInput } from "@/lib/readiness/schemas";
import { emitChange } from "../change-events";
import { assertAdmin, assertTeamChange, ChangeError, invalid, invalidInput, notFound, refused } from "../errors";
import { personByEmail } from "../incidents/people";
import { evaluateChecks } from "./checks";
import { getReview, withProgress, type ReviewDetail } from "./reads";

const thing = (review: { team: { slug: string } }) => `readiness reviews of team "${review.team.slug}"`;

async function reviewOf(id: number): Promise<ReviewRecord> {
  const review = await findReviewById(id);
  if (!review) throw notFound(`No readiness review ${id}`);
  return review;
}

async function personById(id: number, field: string): Promise<{ id: number }> {
  const user = await findUserById(id);
  if (!user || !user.isActive) throw invalid(`${field}: nobody in Keel has the id ${id}`, field);
  return { id: user.id };
}

/** Starts a review of a service from the current version of a template (editors of the service's team, admins). */
export async function createReview({ caller, input }: { caller: Caller; input: ReviewCreateInput }): Promise<ReviewDetail> {
  const parsed = reviewCreateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const data = parsed.data;
  const service = await findServiceBySlug(data.service);
  if (!service) throw invalid(`service: no service with slug "${data.service}"`, "service");
  assertTeamChange(caller, { id: service.teamId, slug: service.teamSlug }, `readiness reviews of team "${service.teamSlug}"`);
  const template = await findTemplateBySlug(data.template);
  if (!template || template.archived) throw invalid(`template: no readiness template with slug "${data.template}"`, "template");
  const version = (await findTemplateVersion(template.id, template.currentVersion))!;
  if (data.dueDate && data.dueDate > data.launchDate) throw invalid("dueDate: the review should be done by the launch date", "dueDate");
  const reviewer = data.reviewer == null ? null : typeof data.reviewer === "number" ? await personById(data.reviewer, "reviewer") : await personByEmail(data.reviewer, "reviewer");
  const review = await insertReview(
    { serviceId: service.id, templateVersionId: version.id, launchDate: data.launchDate, dueDate: data.dueDate ?? null, reviewerId: reviewer?.id ?? null, createdById: caller.kind === "user" ? caller.userId : null },
    version.content,
    caller.actor,
  );
  emitChange({ entity: "readiness_review", action: "created", key: String(review.id), actor: caller.actor.label });
  return getReview(review.id);
}

/** Editors of the service's team and admins; also the review's reviewer and the item's assignee (people who may write at all). */
function assertItemChange(caller: Caller, review: { reviewerId: number | null; team: { id: number; slug: string } }, item: ReviewItemRow): void {
  if (caller.kind === "user" && callerHasScope(caller, "write") && (caller.userId === review.reviewerId || caller.userId === item.assigneeId)) return;
  assertTeamChange(caller, review.team, thing(review));
}

export type ItemUpdateResult = { outcome: "saved"; item: ReviewItemRecord } | { outcome: "stale"; item: ReviewItemRecord };

/**
 * Changes one item of a review in review. `input.version` must be the item's stored version: otherwise nothing is
 * written and the current item comes back as `stale` (someone else changed it first).
 */
export async function updateReviewItem({ caller, reviewId, itemKey, input }: { caller: Caller; reviewId: number; itemKey: string; input: ItemUpdateInput }): Promise<ItemUpdateResult> {
  const parsed = itemUpdateSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const change = parsed.data;
  const found = await findItemWithReview(reviewId, itemKey);
  if (!found) throw notFound(`Review ${reviewId} has no item "${itemKey}"`);
  assertItemChange(caller, found, found.item);
  if (change.assignee != null) await personById(change.assignee, "assignee");
  const outcome = await writeItem(
    reviewId,
    itemKey,
    change.version,
    (stored) => {
      const rules = applyItemChange(stored, change);
      if (!rules.ok) return rules;
      const values: ItemChangeValues = { ...rules.values };
      if (change.comment !== undefined) values.comment = change.comment;
      if (change.assignee !== undefined) values.assigneeId = change.assignee;
      return { ok: true, values };
    },
    caller.actor,
  );
  switch (outcome.kind) {
    case "not_found":
      throw notFound(`Review ${reviewId} has no item "${itemKey}"`);
    case "closed":
      throw new ChangeError("conflict", `Review ${reviewId} is ${outcome.status === "approved" ? "approved" : "cancelled"}; its items can no longer change`);
    case "invalid":
      throw invalid(outcome.message, outcome.field);
    case "stale":
      return { outcome: "stale", item: await itemWithPeople(outcome.item) };
    case "updated":
      emitChange({ entity: "readiness_review", action: "updated", key: String(reviewId), actor: caller.actor.label });
      return { outcome: "saved", item: await itemWithPeople(outcome.item) };
  }
}

/** A review refused because required items are not passed or N/A; `blockers` says which. */
export class SignOffRefused extends ChangeError {
  constructor(readonly blockers: Blocker[]) {
    super("conflict", `Sign-off refused: ${blockers.length} required item${blockers.length === 1 ? " is" : "s are"} not passed or N/A (${blockers.map((b) => b.item).join("; ")})`);
    this.name = "SignOffRefused";
  }
}

/** The reviewer (or an admin) approves: refused with the blockers while a required item is not passed or N/A. */
export async function approveReview({ caller, reviewId, nowMs = Date.now() }: { caller: Caller; reviewId: number; nowMs?: number }): Promise<ReviewDetail> {
  const review = await reviewOf(reviewId);
  const isReviewer = caller.kind === "user" && caller.userId === review.reviewerId && callerHasScope(caller, "write");
  if (!isReviewer) {
    try {
      assertAdmin(caller);
    } catch {
      throw refused(review.reviewer ? `Only the reviewer (${review.reviewer.name}) or an admin can approve this review.` : "Only an admin can approve a review without a reviewer.");
    }
  }
  const outcome = await writeApproval(reviewId, caller.kind === "user" ? caller.userId : null, new Date(nowMs), caller.actor);
  if (outcome.kind === "not_found") throw notFound(`No readiness review ${reviewId}`);
  if (outcome.kind === "closed") throw new ChangeError("conflict", `Review ${reviewId} is already ${outcome.status}`);
  if (outcome.kind === "blocked") throw new SignOffRefused(outcome.blockers);
  emitChange({ entity: "readiness_review", action: "updated", key: String(reviewId), actor: caller.actor.label });
  return getReview(reviewId);
}

/** Cancels a review in review (editors of the service's team, the reviewer, admins). */
export async function cancelReview({ caller, reviewId, nowMs = Date.now() }: { caller: Caller; reviewId: number; nowMs?: number }): Promise<ReviewDetail> {
  const review = await reviewOf(reviewId);
  const isReviewer = caller.kind === "user" && caller.userId === review.reviewerId && callerHasScope(caller, "write");
  if (!isReviewer) assertTeamChange(caller, review.team, thing(review));
  const outcome = await writeCancel(reviewId, new Date(nowMs), caller.actor);
  if (outcome.kind === "not_found") throw notFound(`No readiness review ${reviewId}`);
  if (outcome.kind === "closed") throw new ChangeError("conflict", `Review ${reviewId} is already ${outcome.status}`);
  emitChange({ entity: "readiness_review", action: "updated", key: String(reviewId), actor: caller.actor.label });
  return getReview(reviewId);
}

/**
 * Re-evaluates the automatic checks of a review in review (when it is opened) and returns the review.
 * Items nobody has overridden take the checks' results; approved and cancelled reviews stay as they were signed.
 */
export async function refreshReviewChecks(reviewId: number, nowMs: number = Date.now()): Promise<ReviewDetail> {
  const review = await reviewOf(reviewId);
  if (review.status !== "in_review") return withProgress(review);
  const checks = review.items.flatMap((item) => (item.check ? [{ itemKey: item.itemKey, check: item.check }] : []));
  if (!checks.length) return withProgress(review);
  const results = await evaluateChecks(review.serviceId, checks, nowMs);
  if (!results.size) return withProgress(review);
  const changed = await recordCheckResults(reviewId, results, new Date(nowMs), SYSTEM_ACTOR);
  if (changed) emitChange({ entity: "readiness_review", action: "recorded", key: String(reviewId), actor: SYSTEM_ACTOR.label });
  return getReview(reviewId);
}

// The review page's calls to the readiness API from the browser (session cookie, same origin): React Query keys, reading
// a review's items and saving one item. A 409 answer means the item changed since this page read it: the caller gets the
// other person's current copy to show, never a silent overwrite.
import type { ChecklistItem, ItemPatch } from "./view/checklist";

export const readinessQueryKeys = {
  all: ["readiness"] as const,
  reviewItems: (reviewId: number) => ["readiness", "reviews", reviewId, "items"] as const,
};

const reviewUrl = (reviewId: number) => `/api/v1/readiness/reviews/${reviewId}`;
const itemUrl = (reviewId: number, itemKey: string) => `${reviewUrl(reviewId)}/items/${encodeURIComponent(itemKey)}`;

/** A save the server refused because someone else wrote the item first; `current` is their copy. */
export class StaleWriteError extends Error {
  constructor(readonly current: ChecklistItem | null) {
    super("Changed by someone else meanwhile");
    this.name = "StaleWriteError";
  }
}

/** Any other refusal, with the API's message (a 400 names the field). */
export class SaveError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "SaveError";
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown, fallback = "") => (typeof value === "string" ? value : fallback);
const strOrNull = (value: unknown) => (typeof value === "string" ? value : null);

/** An item of the API's review answer as the checklist holds it. */
export function toChecklistItem(raw: Json): ChecklistItem {
  const assignee = raw.assignee;
  const updatedBy = raw.updatedBy;
  return {
    key: str(raw.key ?? raw.itemKey),
    categoryKey: str(raw.categoryKey ?? (isObject(raw.category) ? raw.category.key : undefined)),
    categoryName: str(raw.categoryName ?? (isObject(raw.category) ? raw.category.name : undefined)),
    text: str(raw.text),
    guidance: str(raw.guidance),
    required: raw.required === true,
    evidenceRequired: raw.evidenceRequired === true,
    check: isObject(raw.check) ? (raw.check as ChecklistItem["check"]) : null,
    status: str(raw.status, "pending") as ChecklistItem["status"],
    justification: str(raw.justification),
    evidenceUrl: str(raw.evidenceUrl),
    comment: str(raw.comment),
    assigneeId: typeof raw.assigneeId === "number" ? raw.assigneeId : isObject(assignee) && typeof assignee.id === "number" ? assignee.id : null,
    checkResult: isObject(raw.checkResult) ? (raw.checkResult as ChecklistItem["checkResult"]) : null,
    checkedAt: strOrNull(raw.checkedAt),
    overrideReason: strOrNull(raw.overrideReason),
    version: typeof raw.version === "number" ? raw.version : 1,
    updatedBy: isObject(updatedBy) ? strOrNull(updatedBy.name) : strOrNull(updatedBy ?? raw.updatedByName),
    updatedAt: strOrNull(raw.updatedAt),
  };
}

function itemOf(body: unknown): ChecklistItem | null {
  if (!isObject(body)) return null;
  for (const candidate of [body.item, body.current, isObject(body.error) ? body.error.current : undefined, body]) {
    if (isObject(candidate) && (typeof candidate.key === "string" || typeof candidate.itemKey === "string")) return toChecklistItem(candidate);
  }
  return null;
}

function errorOf(body: unknown): { message: string; field?: string } | null {
  if (!isObject(body) || !isObject(body.error)) return null;
  return { message: str(body.error.message, "The server refused the change."), field: typeof body.error.field === "string" ? body.error.field : undefined };
}

export async function fetchReviewItems(reviewId: number, signal?: AbortSignal): Promise<ChecklistItem[]> {
  const response = await fetch(reviewUrl(reviewId), { signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new SaveError(response.status, errorOf(body)?.message ?? `The review could not be read (HTTP ${response.status}).`);
  const review = isObject(body) && isObject(body.review) ? body.review : body;
  const items = isObject(review) && Array.isArray(review.items) ? review.items : [];
  return items.filter(isObject).map(toChecklistItem);
}

/** The API names the assignee by user id as `assignee`. */
function bodyOf(patch: ItemPatch, version: number): Json {
  const { assigneeId, ...rest } = patch;
  return assigneeId === undefined ? { ...rest, version } : { ...rest, assignee: assigneeId, version };
}

/** Saves one item's change against the version the page holds; resolves to the saved item. */
export async function saveReviewItem(reviewId: number, itemKey: string, patch: ItemPatch, version: number): Promise<ChecklistItem> {
  let response: Response;
  try {
    response = await fetch(itemUrl(reviewId, itemKey), {
      method: "PATCH",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(bodyOf(patch, version)),
    });
  } catch {
    throw new SaveError(0, "Keel could not be reached. Check your connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 409) {
    // The review's read names who changed the item; the 409's own copy serves when that read fails.
    const fresh = await fetchReviewItems(reviewId).then((items) => items.find((i) => i.key === itemKey) ?? null, () => null);
    throw new StaleWriteError(fresh ?? itemOf(body));
  }
  if (!response.ok) {
    const error = errorOf(body);
    if (response.status === 401) throw new SaveError(401, "Your session has ended. Sign in again, then repeat the change.");
    throw new SaveError(response.status, error?.message ?? `Not saved (HTTP ${response.status}).`, error?.field);
  }
  const saved = itemOf(body);
  if (!saved) throw new SaveError(response.status, "The server's answer was not readable. Reload the page to see what was saved.");
  return saved;
}

// The review page's checklist as the browser holds it: items grouped by category, the progress the bar shows, the
// blockers of sign-off, and what an optimistic change and a stale write look like. Pure: the page, the client cache and
// the tests share it.
import type { AutomaticCheck, CheckResult, ItemStatus } from "../types";

/** One checklist item of a review, as JSON (dates as ISO strings). */
export type ChecklistItem = {
  key: string;
  categoryKey: string;
  categoryName: string;
  text: string;
  guidance: string;
  required: boolean;
  evidenceRequired: boolean;
  check: AutomaticCheck | null;
  status: ItemStatus;
  justification: string;
  evidenceUrl: string;
  comment: string;
  assigneeId: number | null;
  checkResult: CheckResult | null;
  checkedAt: string | null;
  overrideReason: string | null;
  /** The write this copy is based on; a write naming an older one is refused as stale. */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
};

/** What one click or one blur changes on an item. */
export type ItemPatch = Partial<Pick<ChecklistItem, "status" | "justification" | "evidenceUrl" | "comment" | "assigneeId" | "overrideReason">>;

export const PATCH_FIELDS = ["status", "justification", "evidenceUrl", "comment", "assigneeId", "overrideReason"] as const;

export const STATUS_LABELS: Record<ItemStatus, string> = { pending: "Pending", pass: "Pass", fail: "Fail", na: "N/A" };

export type ChecklistCategory = { key: string; name: string; items: ChecklistItem[] };

/** Categories in the order their first item comes, items in review order within each. */
export function groupByCategory(items: readonly ChecklistItem[]): ChecklistCategory[] {
  const groups = new Map<string, ChecklistCategory>();
  for (const item of items) {
    let group = groups.get(item.categoryKey);
    if (!group) groups.set(item.categoryKey, (group = { key: item.categoryKey, name: item.categoryName, items: [] }));
    group.items.push(item);
  }
  return [...groups.values()];
}

export type Progress = { passed: number; applicable: number; total: number; percent: number };

/** Passed of applicable (N/A items leave the count); 0 % of nothing applicable. */
export function progressOf(items: readonly Pick<ChecklistItem, "status">[]): Progress {
  const applicable = items.filter((item) => item.status !== "na").length;
  const passed = items.filter((item) => item.status === "pass").length;
  return { passed, applicable, total: items.length, percent: applicable === 0 ? 0 : Math.round((passed / applicable) * 100) };
}

export function progressText({ passed, applicable }: Progress): string {
  return `${passed} of ${applicable} applicable ${applicable === 1 ? "item" : "items"} passed`;
}

/** Required items that are neither passed nor N/A: what stands between the review and approval. */
export function blockersOf<T extends Pick<ChecklistItem, "required" | "status">>(items: readonly T[]): T[] {
  return items.filter((item) => item.required && item.status !== "pass" && item.status !== "na");
}

/** The item as it looks once the patch is saved (the optimistic copy). */
export function applyPatch(item: ChecklistItem, patch: ItemPatch): ChecklistItem {
  return { ...item, ...patch };
}

/** A status that differs from the automatic check's result needs a reason (for N/A its justification serves). */
export function overridesCheck(item: Pick<ChecklistItem, "checkResult">, status: ItemStatus): boolean {
  return item.checkResult !== null && status !== "na" && status !== item.checkResult.status;
}

/** What a review item looks like in the server's read, as far as the checklist needs it. */
export type ReviewItemSource = Omit<ChecklistItem, "key" | "assigneeId" | "checkedAt" | "updatedBy" | "updatedAt"> & {
  itemKey: string;
  assigneeId: number | null;
  checkedAt: Date | null;
  updatedAt: Date;
  updatedBy: { name: string } | null;
};

export function checklistItemOf(source: ReviewItemSource): ChecklistItem {
  return {
    key: source.itemKey,
    categoryKey: source.categoryKey,
    categoryName: source.categoryName,
    text: source.text,
    guidance: source.guidance,
    required: source.required,
    evidenceRequired: source.evidenceRequired,
    check: source.check,
    status: source.status,
    justification: source.justification,
    evidenceUrl: source.evidenceUrl,
    comment: source.comment,
    assigneeId: source.assigneeId,
    checkResult: source.checkResult,
    checkedAt: source.checkedAt?.toISOString() ?? null,
    overrideReason: source.overrideReason,
    version: source.version,
    updatedBy: source.updatedBy?.name ?? null,
    updatedAt: source.updatedAt.toISOString(),
  };
}

/** The fields of `mine` that the other person's copy holds differently: what a stale write would have overwritten. */
export function conflictingFields(mine: ItemPatch, theirs: ChecklistItem): (keyof ItemPatch)[] {
  return PATCH_FIELDS.filter((field) => field in mine && mine[field] !== theirs[field]);
}

/** An http(s) URL or nothing; evidence links never run script. */
export function isEvidenceUrl(value: string): boolean {
  if (value === "") return true;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** How the review page names each automatic check. */
export const CHECK_LABELS: Record<NonNullable<ChecklistItem["check"]>["kind"], string> = {
  slo_defined: "The service has at least one SLO",
  burn_rate_alerting: "Its SLOs have burn-rate alerting",
  runbook: "It has a runbook",
  oncall_coverage: "Its team's on-call schedule covers the coming days",
  no_overdue_action_items: "No postmortem action item of the service is overdue",
  no_exhausted_budget: "No SLO of the service has an exhausted budget",
  recent_drill: "A game day or drill ran recently",
};

/** The check's name with its parameter ("… covers the next 14 days", "… in the last 6 months"). */
export function checkLabel(check: NonNullable<ChecklistItem["check"]>): string {
  if (check.kind === "oncall_coverage") return `Its team's on-call schedule covers the next ${check.days ?? 14} days`;
  if (check.kind === "recent_drill") return `A game day or drill of the service ran in the last ${check.months ?? 6} months`;
  return CHECK_LABELS[check.kind];
}

/** A review is blocked while a required item has failed, or is pending with its automatic check failing (the scorecard's rule). */
export function isBlocked(items: readonly Pick<ChecklistItem, "required" | "status" | "checkResult">[]): boolean {
  return items.some((item) => item.required && (item.status === "fail" || (item.status === "pending" && item.checkResult?.status === "fail")));
}

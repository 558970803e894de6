// The rules of a review's checklist: its progress, what a change to one item must carry, and what blocks sign-off.
import type { CheckResult, ItemStatus } from "./types";

/** What the rules need to know about one review item. */
export type RuleItem = {
  text: string;
  required: boolean;
  evidenceRequired: boolean;
  status: ItemStatus;
  justification: string;
  evidenceUrl: string;
  checkResult: CheckResult | null;
  /** Non-null while a person's status differs from the automatic result. */
  overrideReason: string | null;
};

export type Progress = {
  total: number;
  pending: number;
  pass: number;
  fail: number;
  na: number;
  /** Items passed. */
  passed: number;
  /** Items that count: total − N/A. */
  applicable: number;
  /** passed / applicable, 0–1 (0 when nothing applies). */
  share: number;
};

export function progress(items: readonly Pick<RuleItem, "status">[]): Progress {
  const counts = { pending: 0, pass: 0, fail: 0, na: 0 };
  for (const item of items) counts[item.status]++;
  const applicable = items.length - counts.na;
  return { total: items.length, ...counts, passed: counts.pass, applicable, share: applicable === 0 ? 0 : counts.pass / applicable };
}

/** A person's change to one item (fields left out stay as they are). */
export type ItemChange = { status?: ItemStatus; justification?: string; evidenceUrl?: string; comment?: string; overrideReason?: string };

export type ItemChangeResult =
  | { ok: true; values: { status: ItemStatus; justification: string; evidenceUrl: string; overrideReason: string | null } }
  | { ok: false; field: string; message: string };

/**
 * Checks a change against the item it changes and returns the values to store:
 * - N/A needs a justification;
 * - passing an item that needs evidence needs an evidence link;
 * - a status other than the automatic check's result needs an override reason (for N/A the justification serves);
 *   going back to the check's result clears the override.
 */
export function applyItemChange(item: RuleItem, change: ItemChange): ItemChangeResult {
  const status = change.status ?? item.status;
  const justification = (change.justification ?? item.justification).trim();
  const evidenceUrl = (change.evidenceUrl ?? item.evidenceUrl).trim();
  if (status === "na" && justification === "") return { ok: false, field: "justification", message: "justification: say why the item does not apply (N/A needs a justification)" };
  if (status === "pass" && item.evidenceRequired && evidenceUrl === "") return { ok: false, field: "evidenceUrl", message: "evidenceUrl: this item needs an evidence link to pass" };
  let overrideReason: string | null = null;
  if (item.checkResult && status !== item.checkResult.status) {
    const given = change.overrideReason?.trim() || item.overrideReason || (status === "na" ? justification : "");
    if (given === "") return { ok: false, field: "overrideReason", message: `overrideReason: the automatic check says ${item.checkResult.status}; give a reason to override it` };
    overrideReason = given;
  }
  return { ok: true, values: { status, justification, evidenceUrl, overrideReason } };
}

export type Blocker = { item: string; message: string };

/** The required items standing between the review and sign-off: every one not passed or N/A. */
export function signOffBlockers(items: readonly RuleItem[]): Blocker[] {
  const blockers: Blocker[] = [];
  for (const item of items) {
    if (!item.required || item.status === "pass" || item.status === "na") continue;
    if (item.status === "pending") blockers.push({ item: item.text, message: "Not checked yet" });
    else if (item.checkResult?.status === "fail" && item.overrideReason === null) blockers.push({ item: item.text, message: `Automatic check failed: ${item.checkResult.message}` });
    else blockers.push({ item: item.text, message: "Failed" });
  }
  return blockers;
}

export function canApprove(items: readonly RuleItem[]): boolean {
  return signOffBlockers(items).length === 0;
}

/**
 * The status an automatic result gives an item: the result itself while no person has overridden it,
 * else the person's status stays.
 */
export function statusAfterCheck(item: Pick<RuleItem, "status" | "overrideReason">, result: CheckResult): ItemStatus {
  return item.overrideReason === null ? result.status : item.status;
}

/**
 * The items as they stand with fresh automatic results (by item key): each checked item takes its result, and the
 * status the result gives it unless a person overrode it; exactly what re-evaluating a review's checks would store.
 */
export function withCheckResults<T extends Pick<RuleItem, "status" | "overrideReason" | "checkResult"> & { itemKey: string }>(items: readonly T[], results: ReadonlyMap<string, CheckResult>): T[] {
  return items.map((item) => {
    const result = results.get(item.itemKey);
    return result ? { ...item, checkResult: result, status: statusAfterCheck(item, result) } : item;
  });
}

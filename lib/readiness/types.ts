// Production readiness reviews: the enums and the shape of a template's content, declared once.
// Tables (db/schema/readiness.ts), zod schemas, the checks and the pages all take them from here.

/** What a person (or an automatic check) says about one checklist item. */
export const ITEM_STATUSES = ["pending", "pass", "fail", "na"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A review's own lifecycle; "blocked", "ready" and "expired" of a service are derived from it (see the service state). */
export const REVIEW_STATUSES = ["in_review", "approved", "cancelled"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A service's readiness as the API reports it. */
export const READINESS_STATES = ["not_reviewed", "in_review", "blocked", "ready", "expired"] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

export const READINESS_LEVELS = ["none", "bronze", "silver", "gold"] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];

/**
 * Checks Keel evaluates from its own data (through the SLO, incident and on-call `lib/` functions, never their tables).
 * Each may take parameters: `days` for on-call coverage (Keel default 14), `months` for the drill check (Keel default 6).
 */
export const CHECK_KINDS = [
  "slo_defined",
  "burn_rate_alerting",
  "runbook",
  "oncall_coverage",
  "no_overdue_action_items",
  "no_exhausted_budget",
  "recent_drill",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export type AutomaticCheck = { kind: CheckKind; days?: number; months?: number };

/** One checklist item of a template version. `key` is stable across versions (reviews and the scorecard match on it). */
export type TemplateItem = {
  key: string;
  text: string;
  /** Markdown, rendered without raw HTML and with http(s) links only. */
  guidance: string;
  required: boolean;
  evidenceRequired: boolean;
  check: AutomaticCheck | null;
};

export type TemplateCategory = { key: string; name: string; items: TemplateItem[] };

/** The content of one template version: what a review copies when it starts. */
export type TemplateContent = { categories: TemplateCategory[] };

/** Result of an automatic check, kept on the review item with the time it was evaluated. */
export type CheckEvidence = { label: string; href?: string };
export type CheckResult = { status: "pass" | "fail"; message: string; evidence: CheckEvidence[] };

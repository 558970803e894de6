// The API's JSON shape of readiness templates, reviews and their items.
import type { Blocker, Progress } from "./review-rules";
import type { AutomaticCheck, CheckResult, ItemStatus, ReviewStatus, TemplateContent } from "./types";

type Person = { id: number; name: string; email: string } | null;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export type TemplateJsonSource = {
  slug: string;
  name: string;
  description: string;
  tier: number | null;
  currentVersion: number;
  updatedAt: Date;
  itemCount?: number;
  requiredCount?: number;
  content?: TemplateContent;
  versions?: readonly { version: number; note: string; createdAt: Date; createdByName: string | null }[];
};

export function templateToJson(t: TemplateJsonSource) {
  return {
    slug: t.slug,
    name: t.name,
    description: t.description,
    tier: t.tier,
    version: t.currentVersion,
    updatedAt: t.updatedAt.toISOString(),
    ...(t.itemCount === undefined ? {} : { itemCount: t.itemCount, requiredCount: t.requiredCount }),
    ...(t.content ? { content: t.content } : {}),
    ...(t.versions ? { versions: t.versions.map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt.toISOString(), createdBy: v.createdByName })) } : {}),
  };
}

export type ReviewItemJsonSource = {
  itemKey: string;
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
  assignee?: Person;
  checkResult: CheckResult | null;
  checkedAt: Date | null;
  overrideReason: string | null;
  version: number;
  updatedAt: Date;
  updatedBy?: Person;
};

export function reviewItemToJson(item: ReviewItemJsonSource) {
  return {
    key: item.itemKey,
    category: { key: item.categoryKey, name: item.categoryName },
    text: item.text,
    guidance: item.guidance,
    required: item.required,
    evidenceRequired: item.evidenceRequired,
    check: item.check,
    status: item.status,
    justification: item.justification,
    evidenceUrl: item.evidenceUrl,
    comment: item.comment,
    assignee: item.assignee === undefined ? (item.assigneeId === null ? null : { id: item.assigneeId }) : item.assignee,
    checkResult: item.checkResult,
    checkedAt: iso(item.checkedAt),
    overrideReason: item.overrideReason,
    version: item.version,
    updatedAt: item.updatedAt.toISOString(),
    ...(item.updatedBy === undefined ? {} : { updatedBy: item.updatedBy ? item.updatedBy.name : null }),
  };
}

export type ReviewJsonSource = {
  id: number;
  status: ReviewStatus;
  service: { slug: string; name: string; tier: number };
  team: { slug: string; name: string };
  template: { slug: string; name: string; version: number };
  launchDate: string | null;
  dueDate: string | null;
  reviewer: Person;
  approvedAt: Date | null;
  approvedBy: Person;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  progress: Progress;
  blockers: Blocker[];
  items: ReviewItemJsonSource[];
};

/** A review; `withItems` false leaves the checklist out (lists). */
export function reviewToJson(r: ReviewJsonSource, withItems = true) {
  return {
    id: r.id,
    status: r.status,
    service: r.service.slug,
    serviceName: r.service.name,
    tier: r.service.tier,
    team: r.team.slug,
    template: r.template,
    launchDate: r.launchDate,
    dueDate: r.dueDate,
    reviewer: r.reviewer,
    approvedAt: iso(r.approvedAt),
    approvedBy: r.approvedBy,
    cancelledAt: iso(r.cancelledAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    progress: r.progress,
    blockers: r.blockers,
    ...(withItems ? { items: r.items.map(reviewItemToJson) } : {}),
  };
}

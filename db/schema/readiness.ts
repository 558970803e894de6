// Production readiness reviews: versioned checklist templates, reviews of a service, and their items.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ITEM_STATUSES, REVIEW_STATUSES, type AutomaticCheck, type CheckResult, type TemplateContent } from "../../lib/readiness/types";
import { users } from "./auth";
import { services } from "./services";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);
const userRef = (name: string) => integer(name).references(() => users.id, { onDelete: "set null" });

export const readinessTemplates = sqliteTable(
  "readiness_templates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // The service tier the template is meant for (1 strictest); null = any tier.
    tier: integer("tier"),
    // The version new reviews copy; every edit adds a version and moves this on.
    currentVersion: integer("current_version").notNull().default(1),
    archived: integer("archived", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("readiness_templates_slug_unique").on(t.slug)],
);

export const readinessTemplateVersions = sqliteTable(
  "readiness_template_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    templateId: integer("template_id")
      .notNull()
      .references(() => readinessTemplates.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    content: text("content", { mode: "json" }).$type<TemplateContent>().notNull(),
    // What changed, in the editor's words.
    note: text("note").notNull().default(""),
    createdById: userRef("created_by_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("readiness_template_versions_unique").on(t.templateId, t.version)],
);

export const readinessReviews = sqliteTable(
  "readiness_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    // The template version the review was started from (kept even when the template changes later).
    templateVersionId: integer("template_version_id")
      .notNull()
      .references(() => readinessTemplateVersions.id),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("in_review"),
    // Calendar dates (YYYY-MM-DD): the planned launch and when the review should be done.
    launchDate: text("launch_date"),
    dueDate: text("due_date"),
    reviewerId: userRef("reviewer_id"),
    createdById: userRef("created_by_id"),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    approvedById: userRef("approved_by_id"),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("readiness_reviews_service_idx").on(t.serviceId, t.createdAt), index("readiness_reviews_status_idx").on(t.status)],
);

export const readinessReviewItems = sqliteTable(
  "readiness_review_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: integer("review_id")
      .notNull()
      .references(() => readinessReviews.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    // Copied from the template version so the review reads the same whatever happens to the template.
    categoryKey: text("category_key").notNull(),
    categoryName: text("category_name").notNull(),
    itemKey: text("item_key").notNull(),
    text: text("text").notNull(),
    guidance: text("guidance").notNull().default(""),
    required: integer("required", { mode: "boolean" }).notNull(),
    evidenceRequired: integer("evidence_required", { mode: "boolean" }).notNull().default(false),
    check: text("check", { mode: "json" }).$type<AutomaticCheck | null>(),
    // The item's status as the review counts it: the check's result unless a person set it.
    status: text("status", { enum: ITEM_STATUSES }).notNull().default("pending"),
    // Required for N/A.
    justification: text("justification").notNull().default(""),
    evidenceUrl: text("evidence_url").notNull().default(""),
    comment: text("comment").notNull().default(""),
    assigneeId: userRef("assignee_id"),
    // The automatic check's latest result and when it was evaluated.
    checkResult: text("check_result", { mode: "json" }).$type<CheckResult | null>(),
    checkedAt: integer("checked_at", { mode: "timestamp_ms" }),
    // A person's status differing from the automatic result needs a reason; null while the check's result stands.
    overrideReason: text("override_reason"),
    // Bumped on every write: a write naming an older version is stale and refused (two people, one item).
    version: integer("version").notNull().default(1),
    updatedById: userRef("updated_by_id"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("readiness_review_items_unique").on(t.reviewId, t.itemKey)],
);

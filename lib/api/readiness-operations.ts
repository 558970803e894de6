// The readiness operations of Keel's REST API (templates and reviews), with their response schemas.
import { itemUpdateSchema, reviewCreateSchema, reviewListQuerySchema, templateCreateSchema, templateUpdateSchema } from "@/lib/readiness/schemas";
import { CHECK_KINDS, ITEM_STATUSES, REVIEW_STATUSES } from "@/lib/readiness/types";
import { notFound } from "./errors";
import { defineOperation } from "./operation";
import { E, list, ok } from "./responses";

const TEMPLATE_NOT_FOUND = { description: "Unknown template slug.", schema: "Error" };
const REVIEW_NOT_FOUND = { description: "Unknown review id (or item key).", schema: "Error" };
const time = { type: ["string", "null"], format: "date-time" };
const person = { type: ["object", "null"], properties: { id: { type: "integer" }, name: { type: "string" }, email: { type: "string" } } };
const check = { type: ["object", "null"], properties: { kind: { enum: [...CHECK_KINDS] }, days: { type: "integer" }, months: { type: "integer" } } };
const blockers = { type: "array", items: { type: "object", required: ["item", "message"], properties: { item: { type: "string" }, message: { type: "string" } } } };

export const readinessSchemas = {
  ReadinessTemplate: {
    type: "object",
    required: ["slug", "name", "tier", "version"],
    properties: {
      slug: { type: "string" },
      name: { type: "string" },
      description: { type: "string" },
      tier: { type: ["integer", "null"], description: "The service tier it is meant for; null = any" },
      version: { type: "integer", description: "The current version, the one new reviews copy" },
      updatedAt: { type: "string", format: "date-time" },
      itemCount: { type: "integer", description: "On lists" },
      requiredCount: { type: "integer", description: "On lists" },
      content: {
        type: "object",
        description: "On single reads: the current version's categories and items",
        properties: {
          categories: {
            type: "array",
            items: {
              type: "object",
              properties: {
                key: { type: "string" },
                name: { type: "string" },
                items: {
                  type: "array",
                  items: { type: "object", properties: { key: { type: "string" }, text: { type: "string" }, guidance: { type: "string", description: "Markdown" }, required: { type: "boolean" }, evidenceRequired: { type: "boolean" }, check } },
                },
              },
            },
          },
        },
      },
      versions: { type: "array", description: "On single reads, newest first", items: { type: "object", properties: { version: { type: "integer" }, note: { type: "string" }, createdAt: { type: "string", format: "date-time" }, createdBy: { type: ["string", "null"] } } } },
    },
  },
  ReadinessReviewItem: {
    type: "object",
    required: ["key", "category", "text", "required", "status", "version"],
    properties: {
      key: { type: "string", description: "Stable across template versions" },
      category: { type: "object", properties: { key: { type: "string" }, name: { type: "string" } } },
      text: { type: "string" },
      guidance: { type: "string", description: "Markdown" },
      required: { type: "boolean" },
      evidenceRequired: { type: "boolean", description: "Passing needs an evidence link" },
      check,
      status: { enum: [...ITEM_STATUSES] },
      justification: { type: "string", description: "Why the item does not apply (required for na)" },
      evidenceUrl: { type: "string" },
      comment: { type: "string" },
      assignee: person,
      checkResult: { type: ["object", "null"], properties: { status: { enum: ["pass", "fail"] }, message: { type: "string" }, evidence: { type: "array", items: { type: "object", properties: { label: { type: "string" }, href: { type: "string" } } } } } },
      checkedAt: time,
      overrideReason: { type: ["string", "null"], description: "Set while a person's status differs from the automatic result" },
      version: { type: "integer", description: "Send it back with a change; a change naming an older version is refused (409 stale)" },
      updatedAt: { type: "string", format: "date-time" },
      updatedBy: { type: ["string", "null"] },
    },
  },
  ReadinessReview: {
    type: "object",
    required: ["id", "status", "service", "team", "template", "progress", "blockers"],
    properties: {
      id: { type: "integer" },
      status: { enum: [...REVIEW_STATUSES] },
      service: { type: "string" },
      serviceName: { type: "string" },
      tier: { type: "integer" },
      team: { type: "string" },
      template: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, version: { type: "integer", description: "The version the review was started from" } } },
      launchDate: { type: ["string", "null"], format: "date" },
      dueDate: { type: ["string", "null"], format: "date" },
      reviewer: person,
      approvedAt: time,
      approvedBy: person,
      cancelledAt: time,
      createdAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
      progress: {
        type: "object",
        properties: { total: { type: "integer" }, pending: { type: "integer" }, pass: { type: "integer" }, fail: { type: "integer" }, na: { type: "integer" }, passed: { type: "integer" }, applicable: { type: "integer", description: "total − N/A" }, share: { type: "number", description: "passed / applicable" } },
      },
      blockers: { ...blockers, description: "Required items not passed or N/A: what stands between the review and sign-off" },
      items: { type: "array", items: { $ref: "#/components/schemas/ReadinessReviewItem" }, description: "On single reads and writes" },
    },
  },
};

const STALE = {
  description: "`error.code` is `stale`: someone changed the item since the version sent; nothing was written and `item` is the current item. Or the review is approved or cancelled (`conflict`).",
  schema: { type: "object", properties: { error: { $ref: "#/components/schemas/Error" }, item: { $ref: "#/components/schemas/ReadinessReviewItem" } } },
};
const REFUSED = {
  description: "Sign-off refused while a required item is not passed or N/A (`blockers` lists them); or the review is not in review.",
  schema: { type: "object", properties: { error: { $ref: "#/components/schemas/Error" }, blockers } },
};

export const readinessOperations = {
  listReadinessTemplates: defineOperation({ method: "GET", path: "/api/v1/readiness/templates", tag: "Readiness", summary: "Readiness review templates, strictest tier first", scope: "read", responses: { 200: ok(list("templates", "ReadinessTemplate")), 401: E[401], 403: E[403] } }),
  createReadinessTemplate: defineOperation({
    method: "POST",
    path: "/api/v1/readiness/templates",
    tag: "Readiness",
    summary: "Create a template (admin)",
    description: "Item keys are unique across the template; `check` attaches an automatic check (`days` 1–90 for oncall_coverage, `months` 1–36 for recent_drill).",
    scope: "admin",
    body: templateCreateSchema,
    responses: { 201: ok("ReadinessTemplate", "Created"), 400: E[400], 401: E[401], 403: E[403], 409: E[409], 413: E[413] },
  }),
  getReadinessTemplate: defineOperation({ method: "GET", path: "/api/v1/readiness/templates/{slug}", tag: "Readiness", summary: "A template's current content and its versions", scope: "read", responses: { 200: ok("ReadinessTemplate"), 401: E[401], 403: E[403], 404: TEMPLATE_NOT_FOUND } }),
  getReadinessTemplateVersion: defineOperation({
    method: "GET",
    path: "/api/v1/readiness/templates/{slug}/versions/{version}",
    tag: "Readiness",
    summary: "One version of a template, old ones included",
    scope: "read",
    responses: {
      200: ok({ type: "object", properties: { slug: { type: "string" }, version: { type: "integer" }, note: { type: "string" }, createdAt: { type: "string", format: "date-time" }, current: { type: "boolean" }, content: { type: "object" } } }),
      401: E[401],
      403: E[403],
      404: { description: "Unknown template slug or version.", schema: "Error" },
    },
  }),
  updateReadinessTemplate: defineOperation({
    method: "PUT",
    path: "/api/v1/readiness/templates/{slug}",
    tag: "Readiness",
    summary: "Edit a template (admin): the content becomes its next version",
    description: "Reviews already started keep the version they were started from; old versions stay readable.",
    scope: "admin",
    body: templateUpdateSchema,
    responses: { 200: ok("ReadinessTemplate"), 400: E[400], 401: E[401], 403: E[403], 404: TEMPLATE_NOT_FOUND, 413: E[413] },
  }),
  listReadinessReviews: defineOperation({
    method: "GET",
    path: "/api/v1/readiness/reviews",
    tag: "Readiness",
    summary: "Readiness reviews, newest first, with progress and blockers (without items)",
    scope: "read",
    query: reviewListQuerySchema,
    responses: { 200: ok(list("reviews", "ReadinessReview")), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
  createReadinessReview: defineOperation({
    method: "POST",
    path: "/api/v1/readiness/reviews",
    tag: "Readiness",
    summary: "Start a review of a service from a template (members of its team, admins)",
    description: "The review copies the template's current version. `reviewer` is an email address or a user id.",
    scope: "write",
    body: reviewCreateSchema,
    responses: { 201: ok("ReadinessReview", "Started"), 400: E[400], 401: E[401], 403: E[403], 413: E[413] },
  }),
  getReadinessReview: defineOperation({
    method: "GET",
    path: "/api/v1/readiness/reviews/{id}",
    tag: "Readiness",
    summary: "A review with its items, progress and blockers; automatic checks are re-evaluated on read",
    description: "While the review is in review, every item with an automatic check is evaluated again from Keel's data; an item nobody overrode takes the result.",
    scope: "read",
    responses: { 200: ok("ReadinessReview"), 401: E[401], 403: E[403], 404: REVIEW_NOT_FOUND },
  }),
  updateReadinessReviewItem: defineOperation({
    method: "PATCH",
    path: "/api/v1/readiness/reviews/{id}/items/{itemKey}",
    tag: "Readiness",
    summary: "Change one item (team members, the reviewer, the item's assignee)",
    description:
      "`version` is the item's version you changed. N/A needs a `justification`; passing an item that needs evidence needs `evidenceUrl`; a status other than the automatic result needs `overrideReason`. `assignee` is a user id or null.",
    scope: "write",
    body: itemUpdateSchema,
    responses: { 200: ok("ReadinessReviewItem"), 400: E[400], 401: E[401], 403: E[403], 404: REVIEW_NOT_FOUND, 409: STALE, 413: E[413] },
  }),
  approveReadinessReview: defineOperation({
    method: "POST",
    path: "/api/v1/readiness/reviews/{id}/approve",
    tag: "Readiness",
    summary: "Approve a review (its reviewer or an admin)",
    scope: "write",
    responses: { 200: ok("ReadinessReview"), 401: E[401], 403: E[403], 404: REVIEW_NOT_FOUND, 409: REFUSED },
  }),
  cancelReadinessReview: defineOperation({
    method: "POST",
    path: "/api/v1/readiness/reviews/{id}/cancel",
    tag: "Readiness",
    summary: "Cancel a review in review (team members, the reviewer, admins)",
    scope: "write",
    responses: { 200: ok("ReadinessReview"), 401: E[401], 403: E[403], 404: REVIEW_NOT_FOUND, 409: E[409] },
  }),
};

/** Review ids in paths: positive integers, else 404. */
export function reviewIdParam(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`No readiness review ${raw ?? ""}`);
  return id;
}

/** Template versions in paths: positive integers, else 404. */
export function templateVersionParam(raw: string | undefined): number {
  const version = Number(raw);
  if (!Number.isSafeInteger(version) || version < 1) throw notFound(`No template version ${raw ?? ""}`);
  return version;
}

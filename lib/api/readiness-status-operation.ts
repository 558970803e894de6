// `GET /api/v1/readiness?service=`: where a service stands on production readiness.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { READINESS_LEVELS, READINESS_STATES } from "@/lib/readiness/types";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const instant = { type: ["string", "null"], format: "date-time" };

const readinessSchema = {
  type: "object",
  required: ["service", "state", "approvedAt", "reviewDueAt", "level", "passed", "applicable", "blockers"],
  properties: {
    service: { type: "string", description: "Service slug" },
    state: { enum: [...READINESS_STATES], description: "not_reviewed: no review; in_review; blocked: a required item failed (or its automatic check did); ready: approved and not yet due for re-review; expired: the re-review is due." },
    approvedAt: { ...instant, description: "When the latest review was approved; null unless ready or expired." },
    reviewDueAt: { ...instant, description: "When a re-review is due: approvedAt plus the readiness policy's months (Keel's default 12)." },
    level: { enum: [...READINESS_LEVELS], description: "By share of applicable items passed: gold = all, silver ≥ 75%, bronze ≥ 50% (Keel's defaults, set in the readiness policy)." },
    passed: { type: "integer", description: "Items passed." },
    applicable: { type: "integer", description: "Items not N/A." },
    blockers: {
      type: "array",
      description: "The required items not passed or N/A that stand between the service and ready.",
      items: { type: "object", required: ["item", "message"], properties: { item: { type: "string" }, message: { type: "string" } } },
    },
  },
};

export const readinessStatusOperations = {
  getReadiness: defineOperation({
    method: "GET",
    path: "/api/v1/readiness",
    tag: "Readiness",
    summary: "A service's production readiness: state, level, re-review date and what blocks it",
    description: "Read from the service's latest review that was not cancelled; the automatic checks' last results count as the review stored them.",
    scope: "read",
    query: z.object({ service: slugSchema.describe("Service slug") }),
    responses: { 200: ok(readinessSchema), 400: E[400], 401: E[401], 403: E[403], 404: E[404] },
  }),
};

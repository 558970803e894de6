// The cost import operations of Keel's REST API: POST /api/v1/costs (CSV or JSON, with a preview), the imports list and undo.
import { z } from "zod";
import { IMPORT_FORMATS } from "@/lib/costs/types";
import { defineOperation } from "./operation";
import { E, list, ok } from "./responses";

const money = { type: "string", description: "Exact decimal (nine places); sum it as a decimal, not a float" };

export const costImportSchemas = {
  CostImport: {
    type: "object",
    required: ["id", "format", "status", "imported", "skipped", "total", "currency", "createdAt"],
    properties: {
      id: { type: "string" },
      format: { enum: [...IMPORT_FORMATS] },
      fileName: { type: ["string", "null"] },
      status: { enum: ["imported", "undone"] },
      imported: { type: "integer", description: "Lines written" },
      skipped: { type: "integer", description: "Lines already stored by an earlier import" },
      total: money,
      currency: { type: "string" },
      createdBy: { type: "string" },
      createdAt: { type: "string", format: "date-time" },
      undoneAt: { type: ["string", "null"], format: "date-time" },
      undoneBy: { type: ["string", "null"] },
    },
  },
  CostImportPreview: {
    type: "object",
    properties: {
      format: { enum: [...IMPORT_FORMATS, null] },
      lines: { type: "integer", description: "Data lines read" },
      newLines: { type: "integer", description: "Lines an import would write" },
      storedLines: { type: "integer", description: "Valid lines already stored (an import skips them)" },
      issueCount: { type: "integer" },
      issues: { type: "array", description: "The first 20 row-level problems", items: { type: "object", properties: { where: { type: "string", description: '"line 17" or "records[3]"' }, column: { type: ["string", "null"] }, message: { type: "string" }, text: { type: "string" } } } },
      currency: { type: ["string", "null"] },
      total: money,
      months: { type: "array", items: { type: "object", properties: { month: { type: "string" }, total: money, lines: { type: "integer" } } } },
      teams: { type: "array", items: { type: "object", properties: { team: { type: "string" }, total: money, lines: { type: "integer" } } } },
      refusal: { type: ["string", "null"], description: "Why this caller could not import the file (a team it does not reach)" },
    },
  },
};

const IMPORT_DESCRIPTION = [
  "Send `Content-Type: text/csv` with FOCUS 1.x columns (ChargePeriodStart, ChargePeriodEnd, BilledCost, BillingCurrency, ServiceName, ServiceCategory, ConsumedQuantity, ConsumedUnit, Tags…) or Keel's simple columns `month,team,service,signal,cost,currency,usage,unit` (optional: environment, cost_type, tool, provider, retention_days), or `application/json` `{\"records\": [...]}` of objects with the simple keys.",
  "Columns are found by header name, case-insensitively; others are ignored. Empty and `NULL` fields are missing values; `YYYY-MM-DD HH:MM:SS` times are UTC. FOCUS lines take team, service, signal, environment and cost type from the keys of their `Tags` JSON (`team`, `service`, `signal`, `environment`, `cost_type` unless an admin set others); a line without a team is `unallocated` (importing those needs rights over every team).",
  "Costs are summed exactly as decimals. Every line is validated first: one bad line rejects the file with 400 naming its line (`line 17: BilledCost is not a number`), and nothing is written. Lines already imported are skipped, so a re-import adds nothing. Bodies over 100 MiB get 413 without being read further.",
].join("\n\n");

export const costImportOperations = {
  importCosts: defineOperation({
    method: "POST",
    path: "/api/v1/costs",
    tag: "Costs",
    summary: "Import cost lines (FOCUS or simple CSV, or JSON records)",
    description: IMPORT_DESCRIPTION,
    scope: "write",
    query: z.object({
      preview: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional().describe("true: validate and describe the import without writing (Keel addition)"),
      fileName: z.string().max(200, "At most 200 characters").optional().describe("The file's name, shown in the imports list"),
    }),
    rawBody: { mediaType: "text/csv", description: 'A FOCUS 1.x or simple-column CSV; or send application/json {"records": [...]}' },
    responses: {
      200: ok({ type: "object", description: 'The import, or with ?preview=true a CostImportPreview', properties: { imported: { type: "integer" }, skipped: { type: "integer" }, batch: { type: "string" } } }),
      400: E[400],
      401: E[401],
      403: E[403],
      413: E[413],
    },
  }),
  listCostImports: defineOperation({ method: "GET", path: "/api/v1/costs/imports", tag: "Costs", summary: "The latest cost imports, newest first", scope: "read", responses: { 200: ok(list("imports", "CostImport")), 401: E[401], 403: E[403] } }),
  undoCostImport: defineOperation({
    method: "POST",
    path: "/api/v1/costs/imports/{id}/undo",
    tag: "Costs",
    summary: "Undo a cost import as a whole",
    description: "Deletes the import's lines; the import stays listed as undone. Needs the rights its import needed.",
    scope: "write",
    responses: { 200: ok("CostImport"), 401: E[401], 403: E[403], 404: { description: "Unknown import id.", schema: "Error" }, 409: { description: "Undone already.", schema: "Error" } },
  }),
};

// The what-if operations of Keel's REST API: compute a scenario, saved scenarios, the unit price list.
import { LEVERS } from "@/lib/costs/whatif";
import { pricesSchema, scenarioCreateSchema, scenarioUpdateSchema, whatIfRequestSchema } from "@/lib/costs/whatif-schemas";
import { notFound } from "./errors";
import { defineOperation } from "./operation";
import { E, list, ok } from "./responses";

const tag = "Costs";
const SCENARIO_NOT_FOUND = { description: "Unknown scenario id.", schema: "Error" };
const figures = { current: { type: "number" }, projected: { type: "number" }, saving: { type: "number" } };

export const costWhatIfSchemas = {
  CostPrices: {
    type: "object",
    description:
      "Unit prices as decimal strings in `currency` (ingest per GB and hot storage per GB-month by signal; cold storage per GB-month; summary series per month at daily resolution) and the model's assumptions (debug share of logs, error share of spans, retention where records give none).",
  },
  CostLevers: {
    type: "object",
    description:
      "`retention` {\"1\"|\"2\"|\"3\": {signal: days|null}}; `debugLogs` {mode: keep|hours|drop, hours}; `traceSampling` {\"1\"|\"2\"|\"3\": percent of successful traces kept, errors always}; `coldStorage` {enabled, afterDays}; `rollup` {enabled, granularity: hourly|daily, rawDays, tiers: [\"2\",\"3\"]}.",
  },
  CostScenario: {
    type: "object",
    required: ["id", "name", "levers", "prices"],
    properties: { id: { type: "integer" }, name: { type: "string" }, levers: { $ref: "#/components/schemas/CostLevers" }, prices: { $ref: "#/components/schemas/CostPrices" }, createdAt: { type: "string", format: "date-time" }, updatedAt: { type: "string", format: "date-time" } },
  },
  CostWhatIf: {
    type: "object",
    required: ["month", "currency", "total", "teams", "levers"],
    properties: {
      month: { type: "string" },
      currency: { type: "string" },
      total: { type: "object", properties: figures },
      teams: { type: "array", items: { type: "object", properties: { team: { type: "string" }, ...figures } } },
      levers: { type: "array", description: "Each lever's saving alone", items: { type: "object", properties: { lever: { enum: [...LEVERS] }, saving: { type: "number" } } } },
    },
  },
};

export const costWhatIfOperations = {
  computeCostWhatIf: defineOperation({
    method: "POST",
    path: "/api/v1/costs/what-if",
    tag,
    summary: "Project a month's cost under other retention, sampling, cold storage and roll-up levers, without saving",
    description: "The month defaults to the newest with records; `prices` defaults to the instance's price list. The projection is the month's actual cost minus the saving the price list models.",
    scope: "read",
    body: whatIfRequestSchema,
    responses: { 200: ok("CostWhatIf"), 400: E[400], 401: E[401], 403: E[403], 413: E[413] },
  }),
  listCostScenarios: defineOperation({ method: "GET", path: "/api/v1/costs/scenarios", tag, summary: "Saved what-if scenarios, by name", scope: "read", responses: { 200: ok(list("scenarios", "CostScenario")), 401: E[401], 403: E[403] } }),
  createCostScenario: defineOperation({
    method: "POST",
    path: "/api/v1/costs/scenarios",
    tag,
    summary: "Save a scenario (editors, admins)",
    description: "Without `prices`, the scenario keeps the instance's current price list.",
    scope: "write",
    body: scenarioCreateSchema,
    responses: { 201: ok("CostScenario", "Created"), 400: E[400], 401: E[401], 403: E[403], 409: { description: "A scenario of that name exists.", schema: "Error" }, 413: E[413] },
  }),
  getCostScenario: defineOperation({ method: "GET", path: "/api/v1/costs/scenarios/{id}", tag, summary: "A saved scenario", scope: "read", responses: { 200: ok("CostScenario"), 401: E[401], 403: E[403], 404: SCENARIO_NOT_FOUND } }),
  updateCostScenario: defineOperation({
    method: "PUT",
    path: "/api/v1/costs/scenarios/{id}",
    tag,
    summary: "Rename a scenario or change its levers or prices (editors, admins)",
    scope: "write",
    body: scenarioUpdateSchema,
    responses: { 200: ok("CostScenario"), 400: E[400], 401: E[401], 403: E[403], 404: SCENARIO_NOT_FOUND, 409: { description: "A scenario of that name exists.", schema: "Error" }, 413: E[413] },
  }),
  deleteCostScenario: defineOperation({ method: "DELETE", path: "/api/v1/costs/scenarios/{id}", tag, summary: "Delete a scenario (editors, admins)", scope: "write", responses: { 204: { description: "Deleted" }, 401: E[401], 403: E[403], 404: SCENARIO_NOT_FOUND } }),
  getCostPrices: defineOperation({ method: "GET", path: "/api/v1/costs/prices", tag, summary: "The what-if unit price list", scope: "read", responses: { 200: ok("CostPrices"), 401: E[401], 403: E[403] } }),
  setCostPrices: defineOperation({ method: "PUT", path: "/api/v1/costs/prices", tag, summary: "Change the what-if unit price list (admin)", scope: "admin", body: pricesSchema, responses: { 200: ok("CostPrices"), 400: E[400], 401: E[401], 403: E[403], 413: E[413] } }),
};

/** Scenario ids in paths: positive integers, else 404. */
export function scenarioIdParam(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`No scenario ${raw ?? ""}`);
  return id;
}

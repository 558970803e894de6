// The cost policy and team budget operations of Keel's REST API.
import { budgetInputSchema } from "@/lib/costs/budget-input";
import { costPolicySchema } from "@/lib/costs/policy";
import { DEFAULT_BODY_LIMIT } from "./body";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const policy = {
  type: "object",
  properties: {
    budgetWarnAt: { type: "number", description: "Share of the budget from which a month is `warning` (Keel's default 0.8)" },
    budgetOverAt: { type: "number", description: "Share of the budget from which it is `over` (default 1)" },
    anomalySigma: { type: "number", description: "A month is an anomaly beyond this many population standard deviations of the trailing months (default 3)…" },
    anomalyTrailingMonths: { type: "integer", description: "…of this many trailing months (default 6)…" },
    anomalyAboveMean: { type: "number", description: "…or more than this share above their mean (default 0.5)" },
    forecastMonths: { type: "integer", description: "Months forecast ahead (default 3)" },
  },
};
const budget = {
  type: "object",
  required: ["team", "teamName", "amount", "currency"],
  properties: {
    team: { type: "string", description: "Team slug" },
    teamName: { type: "string" },
    amount: { type: ["number", "null"], description: "Monthly budget in currency units; null when the team has none" },
    currency: { type: ["string", "null"], description: "ISO 4217" },
    updatedAt: { type: ["string", "null"], format: "date-time" },
  },
};
const TEAM_NOT_FOUND = { description: "Unknown team slug (or, on delete, no budget).", schema: "Error" };

export const costPolicyOperations = {
  getCostPolicy: defineOperation({ method: "GET", path: "/api/v1/cost-policy", tag: "Costs", summary: "The cost policy: budget warning thresholds, the anomaly rule, the forecast horizon", scope: "read", responses: { 200: ok(policy), 401: E[401], 403: E[403] } }),
  setCostPolicy: defineOperation({ method: "PUT", path: "/api/v1/cost-policy", tag: "Costs", summary: "Replace the cost policy (admin)", description: "Every field is required; `budgetOverAt` must be above `budgetWarnAt`.", scope: "admin", body: costPolicySchema, responses: { 200: ok(policy), 400: E[400], 401: E[401], 403: E[403] } }),
  listCostBudgets: defineOperation({ method: "GET", path: "/api/v1/costs/budgets", tag: "Costs", summary: "Every team with its monthly observability budget", scope: "read", responses: { 200: ok({ type: "object", properties: { budgets: { type: "array", items: budget } } }), 401: E[401], 403: E[403] } }),
  setCostBudget: defineOperation({
    method: "PUT",
    path: "/api/v1/costs/budgets/{team}",
    tag: "Costs",
    summary: "Set a team's monthly budget (members of the team, admins)",
    description: '`amount` is a decimal string ("1500.50", read exactly) or a number, at least 0; `currency` an ISO 4217 code (default USD).',
    scope: "write",
    jsonBody: { schema: budgetInputSchema, limitBytes: DEFAULT_BODY_LIMIT },
    responses: { 200: ok(budget), 400: E[400], 401: E[401], 403: E[403], 404: TEAM_NOT_FOUND },
  }),
  deleteCostBudget: defineOperation({ method: "DELETE", path: "/api/v1/costs/budgets/{team}", tag: "Costs", summary: "Remove a team's budget (members of the team, admins)", scope: "write", responses: { 204: { description: "Removed" }, 401: E[401], 403: E[403], 404: TEAM_NOT_FOUND } }),
};

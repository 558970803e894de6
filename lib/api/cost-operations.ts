// The cost showback operations of Keel's REST API: a month's breakdown and the chargeback per team.
import { chargebackQuerySchema, showbackQuerySchema } from "@/lib/costs/showback-schemas";
import { SHOWBACK_GROUP_BYS } from "@/lib/costs/types";
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const money = (description: string) => ({ type: "number", description: `${description}, in currency units, rounded to cents once` });

const showbackResponse = {
  type: "object",
  required: ["month", "groupBy", "currency", "total", "rows"],
  properties: {
    month: { type: "string", description: "YYYY-MM" },
    groupBy: { enum: [...SHOWBACK_GROUP_BYS] },
    currency: { type: "string", description: "ISO 4217; the currency most of the records use (records in other currencies are left out)" },
    total: money("The month's total"),
    rows: {
      type: "array",
      description: "One row per key with a cost in the month, largest first",
      items: {
        type: "object",
        required: ["key", "cost", "share", "previousCost"],
        properties: {
          key: { type: "string", description: "The team, service, signal, environment or cost type" },
          cost: money("The key's cost"),
          share: { type: "number", description: "cost ÷ total, 0–1" },
          previousCost: money("The key's cost the month before (0 when none)"),
        },
      },
    },
  },
};

export const costOperations = {
  costShowback: defineOperation({
    method: "GET",
    path: "/api/v1/costs/showback",
    tag: "Costs",
    summary: "A month's observability cost broken down by team, service, signal, environment or cost type",
    description: "A token limited to teams sees those teams' costs only (the total is theirs).",
    scope: "read",
    query: showbackQuerySchema,
    responses: { 200: ok(showbackResponse), 400: E[400], 401: E[401], 403: E[403] },
  }),
  costChargeback: defineOperation({
    method: "GET",
    path: "/api/v1/costs/chargeback",
    tag: "Costs",
    summary: "Chargeback: a month's cost per team, signal and cost type, with each team's budget",
    description:
      "CSV with a header row (`team,month,signal,cost_type,cost,currency,budget`), or `format=json` for `{\"month\", \"currency\", \"lines\": [{\"team\", \"month\", \"signal\", \"costType\", \"cost\", \"currency\", \"budget\"}]}`; cost and budget in currency units, budget null when the team has none.",
    scope: "read",
    query: chargebackQuerySchema,
    responses: {
      200: { description: "The chargeback lines", mediaType: "text/csv", schema: { type: "string" } },
      400: E[400],
      401: E[401],
      403: E[403],
    },
  }),
};


// The reliability maturity operation of Keel's REST API: a team's stage history, current answers, toil share and major outages.
import { defineOperation } from "./operation";
import { E, ok } from "./responses";

const tag = "Readiness";
const stagePoint = { type: "object", required: ["quarter", "stage", "stageName", "assessedAt"], properties: { quarter: { type: "string", example: "2026-Q3" }, stage: { type: "integer", minimum: 1, maximum: 5 }, stageName: { type: "string" }, assessedAt: { type: "string", format: "date-time" } } };
const toilShare = {
  type: "object",
  required: ["quarter", "toilHours", "capacityHours", "share", "overLimit"],
  properties: {
    quarter: { type: "string" },
    toilHours: { type: "number", description: "Toil hours a week still done by hand at the quarter's end (now, for the current quarter)" },
    capacityHours: { type: "number", description: "Team members × 40 h" },
    share: { type: ["number", "null"], description: "toilHours ÷ capacityHours; null for a team without members" },
    overLimit: { type: "boolean", description: "Share above 50%" },
  },
};
const toilEntry = { type: "object", properties: { id: { type: "integer" }, task: { type: "string" }, hoursPerWeek: { type: "number" }, automated: { type: "boolean" }, loggedAt: { type: "string", format: "date-time" }, automatedAt: { type: ["string", "null"], format: "date-time" } } };

export const maturityOperations = {
  getTeamMaturity: defineOperation({
    method: "GET",
    path: "/api/v1/teams/{slug}/maturity",
    tag,
    summary: "A team's reliability maturity: stage per quarter, current answers and next steps, toil share over time, major outages around its first approved readiness review",
    description:
      "Stages 1–5 (reactive monitoring, observability foundation, SLO adoption, continuous improvement, mature SRE practice). A stage is met when its answers score at least 75% (yes = 1, partly = ½); the team is at the highest stage met with every stage below it met. `majorOutages` counts SEV1 incidents (never drills) in the 6 months before and after the team's first approved review; all null until one is approved.",
    scope: "read",
    responses: {
      200: ok({
        type: "object",
        required: ["team", "quarter", "stage", "answers", "history", "nextSteps", "toil", "majorOutages"],
        properties: {
          team: { type: "string" },
          quarter: { type: "string", description: "The current quarter" },
          stage: { type: ["integer", "null"], description: "The latest assessment's stage; null before the first" },
          stageName: { type: ["string", "null"] },
          answers: { type: ["object", "null"], additionalProperties: { enum: ["yes", "partly", "no"] }, description: "The latest assessment's answers by question key" },
          answersQuarter: { type: ["string", "null"] },
          history: { type: "array", items: stagePoint },
          nextSteps: { type: "object", properties: { towards: { type: ["integer", "null"] }, steps: { type: "array", items: { type: "object", properties: { key: { type: "string" }, stage: { type: "integer" }, step: { type: "string" }, answer: { enum: ["yes", "partly", "no", null] } } } } } },
          toil: { type: "object", properties: { members: { type: "integer" }, capacityHours: { type: "number" }, shares: { type: "array", items: toilShare }, entries: { type: "array", items: toilEntry } } },
          majorOutages: {
            type: "object",
            properties: {
              firstApprovedAt: { type: ["string", "null"], format: "date-time" },
              windowMonths: { type: "integer" },
              before: { type: ["integer", "null"] },
              after: { type: ["integer", "null"] },
              changePct: { type: ["number", "null"], description: "(after − before) ÷ before × 100, one decimal; null without SEV1s before" },
            },
          },
        },
      }),
      401: E[401],
      403: E[403],
      404: { description: "Unknown team.", schema: "Error" },
    },
  }),
};

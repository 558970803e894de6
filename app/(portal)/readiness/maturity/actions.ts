"use server";
// Maturity changes from the browser: assess the current quarter, log toil, mark toil automated. The change functions
// check that the person is a member of the team or an admin.
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { maturityAnswersSchema, stageName } from "@/lib/readiness/maturity";
import { toilInputSchema } from "@/lib/readiness/toil";
import { assessMaturity } from "@/lib/server/readiness/maturity";
import { automateToil, logToil } from "@/lib/server/readiness/toil";

const paths = (team: string) => ["/readiness/maturity", `/readiness/maturity/${team}`];

export const assessMaturityAction = formAction<typeof maturityAnswersSchema, [team: string]>({
  role: "editor",
  schema: maturityAnswersSchema,
  failure: "The assessment could not be saved. Try again.",
  run: async ({ caller, input, args: [team] }) => {
    const assessment = await assessMaturity({ caller, team, input: { answers: input } });
    return { message: `Assessment for ${assessment.quarter} saved: stage ${assessment.stage}, ${stageName(assessment.stage)}.`, revalidate: paths(team) };
  },
});

export const logToilAction = formAction<typeof toilInputSchema, [team: string]>({
  role: "editor",
  schema: toilInputSchema,
  input: (formData) => ({ task: formData.get("task") ?? "", hoursPerWeek: formData.get("hoursPerWeek") || undefined, automated: formData.get("automated") === "on" }),
  failure: "The toil entry could not be saved. Try again.",
  run: async ({ caller, input, args: [team] }) => {
    const entry = await logToil({ caller, team, input });
    return { message: `Logged “${entry.task}”: ${entry.hoursPerWeek} h a week.`, revalidate: paths(team) };
  },
});

const noFields = z.object({});

export const automateToilAction = formAction<typeof noFields, [team: string, id: number]>({
  role: "editor",
  schema: noFields,
  failure: "The toil entry could not be changed. Try again.",
  run: async ({ caller, args: [team, id] }) => {
    const entry = await automateToil({ caller, id });
    return { message: `“${entry.task}” marked automated.`, revalidate: paths(team) };
  },
});

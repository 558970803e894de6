"use server";
// Drill changes from the browser: each parses its form and calls one change function, which checks the service's team.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { drillInputSchema, drillOutcomeSchema, drillRunSchema } from "@/lib/incidents/schemas";
import { finishDrill, planDrill, recordDrillOutcome, runDrill, updateDrillPlan } from "@/lib/server/incidents/drills";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" && value !== "" ? value : undefined;
};

function planFromForm(formData: FormData) {
  return {
    service: text(formData, "service"),
    title: text(formData, "title"),
    scenario: text(formData, "scenario"),
    hypothesis: text(formData, "hypothesis") ?? "",
    scheduledAt: text(formData, "scheduledAt"),
    participants: formData.getAll("participants").filter((v): v is string => typeof v === "string" && v !== ""),
    runbook: text(formData, "runbook") ?? null,
  };
}

export const planDrillAction = formAction({
  role: "editor",
  schema: drillInputSchema,
  input: planFromForm,
  failure: "The drill could not be planned. Try again.",
  run: async ({ caller, input }) => {
    const drill = await planDrill({ caller, input });
    await flash(`Drill “${drill.title}” planned.`);
    return { revalidate: ["/drills"], redirectTo: `/drills/${drill.id}` };
  },
});

export const updateDrillAction = formAction<typeof drillInputSchema, [id: number]>({
  role: "editor",
  schema: drillInputSchema,
  input: planFromForm,
  failure: "The drill could not be saved. Try again.",
  run: async ({ caller, input, args: [id] }) => {
    const drill = await updateDrillPlan({ caller, id, input });
    await flash(`Changes to “${drill.title}” saved.`);
    return { revalidate: ["/drills", `/drills/${id}`], redirectTo: "/drills" };
  },
});

export const runDrillAction = formAction<typeof drillRunSchema, [id: number]>({
  role: "editor",
  schema: drillRunSchema,
  input: (formData) => ({ faultInjectedAt: text(formData, "faultInjectedAt"), severity: text(formData, "severity") }),
  failure: "The drill could not be started. Try again.",
  run: async ({ caller, input, args: [id] }) => {
    const drill = await runDrill({ caller, id, input });
    const number = drill.incident!.number;
    await flash(`Drill running: incident #${number} opened, flagged as a drill.`);
    // The team works the drill's incident next, as it would a real one.
    return { revalidate: ["/drills", `/drills/${id}`], redirectTo: `/incidents/${number}` };
  },
});

export const recordDrillOutcomeAction = formAction<typeof drillOutcomeSchema, [id: number]>({
  role: "editor",
  schema: drillOutcomeSchema,
  input: (formData) => ({ runbookFollowed: text(formData, "runbookFollowed"), runbookNote: text(formData, "runbookNote") ?? "" }),
  failure: "The outcome could not be saved. Try again.",
  run: async ({ caller, input, args: [id] }) => {
    await recordDrillOutcome({ caller, id, input });
    return { message: "Runbook outcome saved.", revalidate: [`/drills/${id}`, "/drills"] };
  },
});

const finishSchema = z.object({ outcome: z.enum(["completed", "cancelled"]) });

export const finishDrillAction = formAction<typeof finishSchema, [id: number]>({
  role: "editor",
  schema: finishSchema,
  failure: "The drill could not be changed. Try again.",
  run: async ({ caller, input, args: [id] }) => {
    const drill = await finishDrill({ caller, id, outcome: input.outcome });
    await flash(input.outcome === "completed" ? `Drill “${drill.title}” completed.` : `Drill “${drill.title}” cancelled.`);
    return { revalidate: ["/drills", `/drills/${id}`], redirectTo: "/drills" };
  },
});

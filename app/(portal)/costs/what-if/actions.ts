"use server";
// The what-if page's writes: save a new scenario or the loaded one's changes, delete one (editors, admins), change the
// unit price list (admins).
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { pricesSchema, scenarioSaveSchema } from "@/lib/costs/whatif-schemas";
import { SIGNALS } from "@/lib/costs/types";
import { createScenario, deleteScenario, updateScenario } from "@/lib/server/costs/scenarios";
import { setCostPrices } from "@/lib/server/costs/whatif";

const PATH = "/costs/what-if";
const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
};
const number = (formData: FormData, key: string) => (text(formData, key).trim() === "" ? undefined : Number(text(formData, key)));

function leversOf(formData: FormData): unknown {
  try {
    return JSON.parse(text(formData, "levers"));
  } catch {
    return undefined;
  }
}

export const saveScenarioAction = formAction({
  role: "editor",
  schema: scenarioSaveSchema,
  // "Save changes" sends the loaded scenario's id; "Save as new scenario" and "Save scenario" send none.
  input: (formData: FormData) => ({ name: text(formData, "name"), levers: leversOf(formData), id: formData.get("intent") === "update" ? number(formData, "id") : undefined }),
  failure: "The scenario could not be saved. Try again.",
  run: async ({ caller, input: { id, name, levers } }) => {
    if (id !== undefined) {
      const updated = await updateScenario({ caller, id, input: { name, levers } });
      return { revalidate: [PATH], message: `Scenario "${updated.name}" updated.`, data: { id: String(updated.id) } };
    }
    const saved = await createScenario({ caller, input: { name, levers } });
    return { revalidate: [PATH], message: `Scenario "${saved.name}" saved.`, data: { id: String(saved.id) } };
  },
});

export const deleteScenarioAction = formAction<z.ZodAny, [id: number]>({
  role: "editor",
  schema: z.any(),
  failure: "The scenario could not be deleted. Try again.",
  run: async ({ caller, args: [id] }) => {
    await deleteScenario({ caller, id });
    return { revalidate: [PATH], message: "Scenario deleted." };
  },
});

const perSignal = (formData: FormData, prefix: string) => Object.fromEntries(SIGNALS.map((signal) => [signal, text(formData, `${prefix}.${signal}`)]));

export const savePricesAction = formAction({
  role: "admin",
  schema: pricesSchema,
  input: (formData: FormData) => ({
    currency: text(formData, "currency"),
    ingestPerGb: perSignal(formData, "ingestPerGb"),
    hotPerGbMonth: perSignal(formData, "hotPerGbMonth"),
    coldPerGbMonth: text(formData, "coldPerGbMonth"),
    summaryPerSeriesMonth: text(formData, "summaryPerSeriesMonth"),
    summarySeriesPerService: number(formData, "summarySeriesPerService"),
    debugLogPercent: number(formData, "debugLogPercent"),
    traceErrorPercent: number(formData, "traceErrorPercent"),
    defaultRetentionDays: number(formData, "defaultRetentionDays"),
  }),
  failure: "The price list could not be saved. Try again.",
  run: async ({ caller, input }) => {
    await setCostPrices({ caller, prices: input });
    return { revalidate: [PATH], message: "Price list saved. Projections use it from now on." };
  },
});

"use server";
// The what-if page's writes: save and delete a scenario (editors, admins), change the unit price list (admins).
import { formAction, buttonAction } from "@/lib/actions/form-action";
import { pricesSchema, scenarioCreateSchema } from "@/lib/costs/whatif-schemas";
import { SIGNALS } from "@/lib/costs/types";
import { createScenario, deleteScenario } from "@/lib/server/costs/scenarios";
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
  schema: scenarioCreateSchema,
  input: (formData: FormData) => ({ name: text(formData, "name"), levers: leversOf(formData) }),
  failure: "The scenario could not be saved. Try again.",
  run: async ({ caller, input }) => {
    const saved = await createScenario({ caller, input });
    return { revalidate: [PATH], message: `Scenario "${saved.name}" saved.`, data: { id: String(saved.id) } };
  },
});

export const deleteScenarioAction = buttonAction<[number]>({
  role: "editor",
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

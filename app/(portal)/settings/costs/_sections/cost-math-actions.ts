"use server";
// Saving the cost policy (admins) and a team's monthly budget (its members, admins) from the cost settings.
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { costPolicySchema } from "@/lib/costs/policy";
import { setCostPolicy } from "@/lib/server/costs/policy";
import { removeTeamBudget, setTeamBudget } from "@/lib/server/costs/budgets";

// An empty box is no number (the schema names the field); anything else is read as typed. Percent boxes are shares / 100.
const numberOf = (formData: FormData, key: string, scale = 1) => {
  const value = formData.get(key);
  const raw = typeof value === "string" ? value.trim() : "";
  return raw === "" ? undefined : Number(raw) / scale;
};

const REFRESH = ["/settings/costs", "/costs"];

export const updateCostPolicyAction = formAction({
  role: "admin",
  schema: costPolicySchema,
  input: (formData: FormData) => ({
    budgetWarnAt: numberOf(formData, "budgetWarnAt", 100),
    budgetOverAt: numberOf(formData, "budgetOverAt", 100),
    anomalySigma: numberOf(formData, "anomalySigma"),
    anomalyTrailingMonths: numberOf(formData, "anomalyTrailingMonths"),
    anomalyAboveMean: numberOf(formData, "anomalyAboveMean", 100),
    forecastMonths: numberOf(formData, "forecastMonths"),
  }),
  // The boxes show percents; the schema's messages speak of shares.
  field: (path, message) => ({ field: path, message: ["budgetWarnAt", "budgetOverAt", "anomalyAboveMean"].includes(path) ? message.replace(/at most (\d+(?:\.\d+)?)/, (_, n: string) => `at most ${Number(n) * 100}%`) : message }),
  failure: "The cost thresholds could not be saved. Try again.",
  run: async ({ caller, input }) => {
    await setCostPolicy({ caller, policy: input });
    return { revalidate: REFRESH, message: "Cost thresholds saved. Budgets, anomalies and forecasts use them from now on." };
  },
});

const budgetForm = z.object({ amount: z.string().trim(), currency: z.string().trim() });

export const updateTeamBudgetAction = formAction<typeof budgetForm, [team: string]>({
  role: "editor",
  schema: budgetForm,
  input: (formData: FormData) => ({ amount: formData.get("amount") ?? "", currency: formData.get("currency") ?? "" }),
  failure: "The budget could not be saved. Try again.",
  run: async ({ caller, input, args: [team] }) => {
    if (input.amount === "") {
      await removeTeamBudget({ caller, team });
      return { revalidate: REFRESH, message: `Budget of team "${team}" removed.` };
    }
    await setTeamBudget({ caller, team, amount: input.amount, currency: input.currency === "" ? undefined : input.currency });
    return { revalidate: REFRESH, message: `Budget of team "${team}" saved.` };
  },
});

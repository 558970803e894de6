"use server";
// Saving the readiness policy from its settings form: each box is one number, which setReadinessPolicy checks.
import { formAction } from "@/lib/actions/form-action";
import { readinessPolicySchema } from "@/lib/readiness/policy";
import { setReadinessPolicy } from "@/lib/server/readiness/policy";

// An empty box is no number (the schema names the field); anything else is read as typed.
const numberOf = (formData: FormData, key: string) => {
  const value = formData.get(key);
  const raw = typeof value === "string" ? value.trim() : "";
  return raw === "" ? undefined : Number(raw);
};

export const updateReadinessPolicyAction = formAction({
  role: "admin",
  schema: readinessPolicySchema,
  input: (formData: FormData) => ({
    reReviewMonths: numberOf(formData, "reReviewMonths"),
    oncallCoverageDays: numberOf(formData, "oncallCoverageDays"),
    drillWithinMonths: numberOf(formData, "drillWithinMonths"),
    bronzePercent: numberOf(formData, "bronzePercent"),
    silverPercent: numberOf(formData, "silverPercent"),
  }),
  failure: "The readiness policy could not be saved. Try again.",
  run: async ({ caller, input }) => {
    await setReadinessPolicy({ caller, policy: input });
    return { revalidate: ["/settings/readiness-policy", "/readiness"], message: "Readiness policy saved. Scorecards and checks use it from now on." };
  },
});

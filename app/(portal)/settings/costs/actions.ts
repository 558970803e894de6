"use server";
// Saving the cost import's tag keys from the cost settings page.
import { formAction } from "@/lib/actions/form-action";
import { costImportSettingsSchema } from "@/lib/costs/import-settings";
import { COST_TAG_FIELDS } from "@/lib/costs/types";
import { setCostImportSettings } from "@/lib/server/costs/import-settings";

export const updateCostImportSettingsAction = formAction({
  role: "admin",
  schema: costImportSettingsSchema,
  input: (formData: FormData) => ({ tagKeys: Object.fromEntries(COST_TAG_FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) }),
  field: (path, message) => ({ field: path.replace(/^tagKeys\./, ""), message }),
  failure: "The tag keys could not be saved. Try again.",
  run: async ({ caller, input }) => {
    await setCostImportSettings({ caller, input });
    return { revalidate: ["/settings/costs"], message: "Tag keys saved. Imports from now on read them; imported rows keep what they had." };
  },
});

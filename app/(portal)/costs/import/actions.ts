"use server";
// Undoing a cost import from the imports list.
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { undoCostImport } from "@/lib/server/costs/imports";

export const undoCostImportAction = formAction<z.ZodAny, [id: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The import could not be undone. Try again.",
  run: async ({ caller, args: [id] }) => {
    const batch = await undoCostImport({ caller, id });
    return { revalidate: ["/costs/import", "/costs"], message: `Import of ${batch.fileName ?? "the file"} undone: ${batch.imported.toLocaleString("en")} rows removed.` };
  },
});

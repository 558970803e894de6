"use server";
// Template changes from the browser (admins): create one, or save an edit as the template's next version. The editor
// sends the whole content as JSON; the schema names the field of each error.
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { templateCreateSchema, templateUpdateSchema } from "@/lib/readiness/schemas";
import { createTemplate, updateTemplate } from "@/lib/server/readiness/templates";

function templateFromForm(formData: FormData) {
  const get = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  let content: unknown;
  try {
    content = JSON.parse(get("content") ?? "");
  } catch {
    content = undefined;
  }
  const tier = get("tier");
  return { slug: get("slug")?.trim(), name: get("name"), description: get("description") ?? "", tier: tier ? Number(tier) : null, content, note: get("note") ?? "" };
}

export const createTemplateAction = formAction({
  role: "admin",
  schema: templateCreateSchema,
  input: templateFromForm,
  failure: "The template could not be created. Try again.",
  run: async ({ caller, input }) => {
    const template = await createTemplate({ caller, input });
    await flash(`Template “${template.name}” created (version 1).`);
    return { revalidate: ["/readiness/templates"], redirectTo: `/readiness/templates/${template.slug}` };
  },
});

export const updateTemplateAction = formAction<typeof templateUpdateSchema, [slug: string]>({
  role: "admin",
  schema: templateUpdateSchema,
  input: (formData) => {
    const { slug: _slug, ...rest } = templateFromForm(formData);
    void _slug;
    return rest;
  },
  failure: "The template could not be saved. Try again.",
  run: async ({ caller, input, args: [slug] }) => {
    const template = await updateTemplate({ caller, slug, input });
    await flash(`Template “${template.name}” saved as version ${template.currentVersion}.`);
    return { revalidate: ["/readiness/templates", `/readiness/templates/${slug}`], redirectTo: `/readiness/templates/${slug}` };
  },
});

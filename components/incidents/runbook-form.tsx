"use client";
// Add or change a runbook: a title (its slug follows), a link to where it lives, or the steps in Markdown.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useSlugFromName } from "@/components/ui/use-slug-from-name";
import { followsName } from "@/lib/catalog/slugify";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

type RunbookValues = { slug: string; title: string; url: string; body: string };

export function RunbookForm({ action, initial, mode }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial?: RunbookValues; mode: "create" | "edit" }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (key: keyof RunbookValues) => state.values?.[key] ?? initial?.[key] ?? "";
  const errors = (key: string) => state.fieldErrors?.[key];
  const { name, slug, onNameChange, onSlugChange } = useSlugFromName({ name: value("title"), slug: value("slug"), follows: followsName(value("title"), value("slug")), canFollow: mode === "create" });
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} aria-label={mode === "create" ? "Add a runbook" : "Edit the runbook"} className="grid gap-3" noValidate>
      <Field label="Title" name="title" errors={errors("title")}>
        {(props) => <Input {...props} value={name} onChange={onNameChange} required />}
      </Field>
      <Field label="Slug" name="slug" errors={errors("slug")} hint="Part of the runbook's address; alerts link to it with the annotation runbook_url.">
        {(props) => <Input {...props} value={slug} onChange={onSlugChange} required />}
      </Field>
      <Field label="URL" name="url" errors={errors("url")} hint="Where the runbook lives, if elsewhere (http or https). Leave empty to write the steps here.">
        {(props) => <Input {...props} type="url" defaultValue={value("url")} />}
      </Field>
      <Field label="Steps (Markdown)" name="body" errors={errors("body")} hint="Headings, lists, code and http(s) links; HTML is shown as text.">
        {(props) => <Textarea {...props} defaultValue={value("body")} rows={8} className="font-mono" />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Add runbook" : "Save runbook"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

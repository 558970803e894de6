"use client";
// The blameless template as a form: each section a labelled textarea with its prompt; saving keeps the status.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { POSTMORTEM_SECTIONS, type PostmortemSection } from "@/lib/incidents/postmortem";

export type PostmortemText = Record<PostmortemSection | "usersAffected", string>;

export function PostmortemForm({ action, initial, canEdit }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: PostmortemText; canEdit: boolean }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (key: keyof PostmortemText) => state.values?.[key] ?? initial[key];
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-4" aria-label="Postmortem" noValidate>
      {POSTMORTEM_SECTIONS.map((section) => (
        <Field key={section.key} label={section.label} name={section.key} hint={section.prompt} errors={errors(section.key)}>
          {(props) => <Textarea {...props} defaultValue={value(section.key)} readOnly={!canEdit} rows={section.key === "summary" ? 3 : 4} />}
        </Field>
      ))}
      <Field label="Users affected" name="usersAffected" hint="How many people or customers, as best we know (e.g. “about 4,000 checkouts failed”)." errors={errors("usersAffected")}>
        {(props) => <Input {...props} defaultValue={value("usersAffected")} readOnly={!canEdit} />}
      </Field>
      {canEdit ? (
        <div className="no-print flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save postmortem"}
          </Button>
          <FormMessage state={state} />
        </div>
      ) : null}
    </ActionForm>
  );
}

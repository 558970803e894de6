"use client";
// Put someone on call for a stretch: times are local to the schedule's zone.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

export function OverrideForm({ action, people, timeZone, defaults }: { action: (state: FormState, formData: FormData) => Promise<FormState>; people: { email: string; name: string }[]; timeZone: string; defaults: { from: string; until: string } }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-3" noValidate>
      <input type="hidden" name="timeZone" value={timeZone} />
      <Field label="Who is on call instead" name="user" errors={errors("user")}>
        {(props) => (
          <Select {...props} defaultValue={state.values?.user ?? ""} required>
            <option value="">Choose a person…</option>
            {people.map((person) => (
              <option key={person.email} value={person.email}>
                {person.name} ({person.email})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="From" name="from" errors={errors("from")} hint={`Local time in ${timeZone}.`}>
          {(props) => <Input {...props} type="datetime-local" defaultValue={state.values?.from ?? defaults.from} required />}
        </Field>
        <Field label="Until" name="until" errors={errors("until")} hint={`Local time in ${timeZone}.`}>
          {(props) => <Input {...props} type="datetime-local" defaultValue={state.values?.until ?? defaults.until} required />}
        </Field>
      </div>
      <Field label="Reason (optional)" name="reason" errors={errors("reason")}>
        {(props) => <Input {...props} defaultValue={state.values?.reason ?? ""} />}
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add override"}
        </Button>
      </div>
    </ActionForm>
  );
}

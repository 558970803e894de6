"use client";
// Adding an action item: what, who owns it, by when, how urgent.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { ACTION_ITEM_PRIORITIES } from "@/lib/incidents/types";

const PRIORITY_WORDS = { P1: "P1 — before anything else", P2: "P2 — this quarter", P3: "P3 — when there is room" } as const;

export function ActionItemForm({ action, people }: { action: (state: FormState, formData: FormData) => Promise<FormState>; people: { email: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} aria-label="Add an action item" className="no-print grid gap-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2" noValidate key={state.ok ? state.message : "form"}>
      <Field label="Action item" name="title" errors={errors("title")} className="sm:col-span-2" hint="A change to the system or process, e.g. “Alert when the connection pool is 80 % full”.">
        {(props) => <Input {...props} defaultValue={state.ok ? "" : (state.values?.title ?? "")} required />}
      </Field>
      <Field label="Owner" name="owner" errors={errors("owner")}>
        {(props) => (
          <Select {...props} defaultValue={state.ok ? "" : (state.values?.owner ?? "")}>
            <option value="">Nobody yet</option>
            {people.map((person) => (
              <option key={person.email} value={person.email}>
                {person.name} ({person.email})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Due date" name="dueDate" errors={errors("dueDate")}>
        {(props) => <Input {...props} type="date" defaultValue={state.ok ? "" : (state.values?.dueDate ?? "")} />}
      </Field>
      <Field label="Priority" name="priority" errors={errors("priority")}>
        {(props) => (
          <Select {...props} defaultValue={state.ok ? "P2" : (state.values?.priority ?? "P2")}>
            {ACTION_ITEM_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_WORDS[p]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-end gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add action item"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

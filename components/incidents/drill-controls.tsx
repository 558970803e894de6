"use client";
// What a person does with a drill as it goes: run it (the fault was injected at…), record whether the runbook was
// followed, complete or cancel it.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LocalTimeInput } from "@/components/ui/local-time-input";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { SEVERITIES } from "@/lib/incidents/types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RunDrillForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-xl gap-4" noValidate>
      <Field label="Fault injected at" name="faultInjectedAt" errors={state.fieldErrors?.faultInjectedAt} hint="In your time zone: when you injected the fault. Time to detect runs from here to now, when the drill's incident opens.">
        {(props) => <LocalTimeInput {...props} name="faultInjectedAt" typed={state.values?.faultInjectedAtLocal} required />}
      </Field>
      <Field label="Severity of the drill incident" name="severity" errors={state.fieldErrors?.severity}>
        {(props) => (
          <Select {...props} defaultValue="SEV2">
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Starting…" : "Fault detected: open the drill incident"}
        </Button>
      </div>
    </ActionForm>
  );
}

export function DrillOutcomeForm({ action, followed, note }: { action: Action; followed: string | null; note: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-xl gap-4" noValidate>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Was the runbook followed?</legend>
        <div className="flex flex-wrap gap-4">
          {(["yes", "partly", "no"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="runbookFollowed" value={value} defaultChecked={(state.values?.runbookFollowed ?? followed) === value} required />
              {value === "yes" ? "Yes" : value === "partly" ? "Partly" : "No"}
            </label>
          ))}
        </div>
        {state.fieldErrors?.runbookFollowed?.map((e) => (
          <p key={e} className="text-sm text-danger">
            {e}
          </p>
        ))}
      </fieldset>
      <Field label="Runbook note" name="runbookNote" errors={state.fieldErrors?.runbookNote} hint="Which steps were skipped, wrong or missing.">
        {(props) => <Textarea {...props} defaultValue={state.values?.runbookNote ?? note} />}
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save runbook outcome"}
        </Button>
      </div>
    </ActionForm>
  );
}

export function FinishDrillButton({ action, outcome, label }: { action: Action; outcome: "completed" | "cancelled"; label: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} className="grid gap-2">
      <input type="hidden" name="outcome" value={outcome} />
      <div>
        <Button type="submit" variant={outcome === "cancelled" ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Saving…" : label}
        </Button>
      </div>
      <FormMessage state={state} />
    </ActionForm>
  );
}

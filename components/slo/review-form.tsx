"use client";
// Records an SLO review: keep the target, or raise or lower it with a reason.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

export function ReviewForm({ action, currentTargetPercent }: { action: (state: FormState, formData: FormData) => Promise<FormState>; currentTargetPercent: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [decision, setDecision] = useState(state.values?.decision ?? "keep");
  return (
    <ActionForm key={state.ok ? state.message : "review"} action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field label="Decision" name="decision" errors={state.fieldErrors?.decision}>
        {(props) => (
          <Select {...props} value={decision} onChange={(event) => setDecision(event.target.value)}>
            <option value="keep">Keep the target at {currentTargetPercent}%</option>
            <option value="raise">Raise the target</option>
            <option value="lower">Lower the target</option>
          </Select>
        )}
      </Field>
      {decision === "keep" ? null : (
        <Field label="New target (%)" name="newTargetPercent" errors={state.fieldErrors?.newTargetPercent}>
          {(props) => <Input {...props} inputMode="decimal" defaultValue={state.values?.newTargetPercent ?? ""} />}
        </Field>
      )}
      <Field label="Review note" name="note" errors={state.fieldErrors?.note} className="sm:col-span-2" hint={decision === "keep" ? "Optional." : "Required: why the target changes."}>
        {(props) => <Textarea {...props} defaultValue={state.values?.note ?? ""} />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Recording…" : "Record review"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

"use client";
// One team's monthly budget: an amount (exact decimal) and its currency; an empty amount removes the budget.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";
import { updateTeamBudgetAction } from "./cost-math-actions";

export function TeamBudgetForm({ team, teamName, amount, currency }: { team: string; teamName: string; amount: string; currency: string }) {
  const [state, formAction, pending] = useActionState(updateTeamBudgetAction.bind(null, team), INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-start" noValidate>
      <Field label={`Monthly budget of ${teamName}`} name="amount" errors={state.fieldErrors?.amount} hint="Leave empty to remove the budget.">
        {(props) => <Input {...props} inputMode="decimal" autoComplete="off" defaultValue={typed?.amount ?? amount} />}
      </Field>
      <Field label={`Currency of ${teamName}'s budget`} name="currency" errors={state.fieldErrors?.currency}>
        {(props) => <Input {...props} maxLength={3} autoComplete="off" className="uppercase" defaultValue={typed?.currency ?? currency} />}
      </Field>
      <div className="flex flex-col gap-1 sm:pt-6">
        <Button type="submit" disabled={pending} aria-label={`Save budget of ${teamName}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

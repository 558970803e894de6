"use client";
import { useActionState } from "react";
import { updatePolicyAction, updateTierTargetsAction } from "@/app/(portal)/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";

export function PolicyForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(updatePolicyAction, INITIAL_FORM_STATE);
  const value = (key: string) => state.values?.[key] ?? initial[key] ?? "";
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate>
      <Field label="Warn below budget left (%)" name="warnBelowPercent" errors={errors("warnBelowPercent")} hint="Teams prioritise reliability work. Empty: no warning.">
        {(props) => <Input {...props} inputMode="decimal" defaultValue={value("warnBelowPercent")} />}
      </Field>
      <Field label="Freeze at or below budget left (%)" name="freezeAtOrBelowPercent" errors={errors("freezeAtOrBelowPercent")} hint="0 freezes when the budget is spent.">
        {(props) => <Input {...props} inputMode="decimal" defaultValue={value("freezeAtOrBelowPercent")} />}
      </Field>
      <Field label="Early burn: freeze above consumed (%)" name="earlyBurnPercent" errors={errors("earlyBurnPercent")} hint="Calendar windows only. Empty: off.">
        {(props) => <Input {...props} inputMode="decimal" defaultValue={value("earlyBurnPercent")} />}
      </Field>
      <Field label="Early burn: within the first (days)" name="earlyBurnDays" errors={errors("earlyBurnDays")}>
        {(props) => <Input {...props} type="number" min={1} max={92} defaultValue={value("earlyBurnDays")} />}
      </Field>
      <Field label="While a page alert fires" name="freezeOnPage" errors={errors("freezeOnPage")}>
        {(props) => (
          <Select {...props} defaultValue={value("freezeOnPage") || "on"}>
            <option value="on">Freeze deploys</option>
            <option value="off">Do not freeze</option>
          </Select>
        )}
      </Field>
      <Field
        label="Warm-up for new SLOs (hours)"
        name="warmUpHours"
        errors={errors("warmUpHours")}
        hint="From an SLO's first SLI data, its policy is advisory: shown, but it does not close the deploy gate. 0: no warm-up."
      >
        {(props) => <Input {...props} type="number" min={0} max={720} step={1} defaultValue={value("warmUpHours")} />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save policy"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

export function TierTargetsForm({ initial }: { initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(updateTierTargetsAction, INITIAL_FORM_STATE);
  const value = (key: string) => state.values?.[key] ?? initial[key] ?? "";
  return (
    <ActionForm action={formAction} className="mt-3 grid gap-4 sm:grid-cols-3" noValidate>
      {(["tier1", "tier2", "tier3"] as const).map((key, index) => (
        <Field key={key} label={`Tier ${index + 1} default (%)`} name={key} errors={state.fieldErrors?.[key]}>
          {(props) => <Input {...props} inputMode="decimal" defaultValue={value(key)} />}
        </Field>
      ))}
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save defaults"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

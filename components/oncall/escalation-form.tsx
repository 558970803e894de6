"use client";
// A team's escalation policy: up to ten levels, each a delay after the incident triggers and whom it reaches.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

/** Five rows, or one more than the policy has (the API allows ten levels), so saving never drops a level. */
const slotsFor = (levels: number) => Math.min(10, Math.max(5, levels + 1));

export function EscalationForm({
  action,
  schedules,
  people,
  levels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  schedules: { slug: string; name: string }[];
  people: { email: string; name: string }[];
  levels: { delayMinutes: number; target: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-3" noValidate>
      <p className="text-xs text-muted">Fill the levels from the top; a level without a target is left out. Delays count from when the incident triggers.</p>
      {Array.from({ length: slotsFor(levels.length) }, (_, index) => {
        const n = index + 1;
        return (
          <fieldset key={n} className="grid gap-3 rounded-md border border-border p-3 sm:grid-cols-[8rem_1fr]">
            <legend className="px-1 text-sm font-medium">Level {n}</legend>
            <Field label={`Level ${n} delay (minutes)`} name={`level${n}Delay`} errors={errors(`level${n}Delay`)}>
              {(props) => <Input {...props} type="number" min={0} max={1440} inputMode="numeric" defaultValue={state.values?.[`level${n}Delay`] ?? String(levels[index]?.delayMinutes ?? (index === 0 ? 0 : index * 15))} />}
            </Field>
            <Field label={`Level ${n} notifies`} name={`level${n}Target`} errors={errors(`level${n}Target`)}>
              {(props) => (
                <Select {...props} defaultValue={state.values?.[`level${n}Target`] ?? levels[index]?.target ?? ""}>
                  <option value="">Nobody (level unused)</option>
                  <optgroup label="Whoever is on call in">
                    {schedules.map((s) => (
                      <option key={s.slug} value={`schedule:${s.slug}`}>
                        On call: {s.name}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="A person">
                    {people.map((p) => (
                      <option key={p.email} value={`user:${p.email}`}>
                        {p.name} ({p.email})
                      </option>
                    ))}
                  </optgroup>
                </Select>
              )}
            </Field>
          </fieldset>
        );
      })}
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save escalation policy"}
        </Button>
      </div>
    </ActionForm>
  );
}

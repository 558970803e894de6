"use client";
// The severity policy form: one card per severity, then the overdue rule, deploy window and working hours.
import { useActionState } from "react";
import { updateIncidentPolicyAction } from "@/app/(portal)/settings/incident-policy/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { IncidentPolicy } from "@/lib/incidents/policy";
import { SEVERITIES } from "@/lib/incidents/types";
import { formatEscalation, formatMinutes } from "@/lib/incidents/view/format";
import { INITIAL_FORM_STATE } from "@/lib/forms";

export function IncidentPolicyForm({ policy }: { policy: IncidentPolicy }) {
  const [state, formAction, pending] = useActionState(updateIncidentPolicyAction, INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  const value = (key: string, initial: string | number | null) => typed?.[key] ?? (initial === null ? "" : String(initial));
  const checked = (key: string, initial: boolean) => (typed ? typed[key] === "on" : initial);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-4xl gap-4" noValidate>
      {SEVERITIES.map((s) => {
        const rule = policy.severities[s];
        const key = (field: string) => `severities.${s}.${field}`;
        return (
          <Card key={s} aria-labelledby={`h-${s}`}>
            <CardTitle id={`h-${s}`}>{s}</CardTitle>
            <div className="mt-3 grid gap-4 sm:grid-cols-2">
              <Field label={`${s} name`} name={key("name")} errors={errors(key("name"))}>
                {(props) => <Input {...props} defaultValue={value(key("name"), rule.name)} />}
              </Field>
              <Field label={`${s} meaning`} name={key("meaning")} errors={errors(key("meaning"))} hint="Shown beside the severity when people declare an incident." className="sm:row-span-2">
                {(props) => <Textarea {...props} defaultValue={value(key("meaning"), rule.meaning)} className="min-h-16" />}
              </Field>
              <div className="grid grid-cols-2 gap-3">
                <Field label={`${s} respond within (minutes)`} name={key("respondWithinMinutes")} errors={errors(key("respondWithinMinutes"))} hint={`Now: ${formatMinutes(rule.respondWithinMinutes)}`}>
                  {(props) => <Input {...props} type="number" min={0} step={1} defaultValue={value(key("respondWithinMinutes"), rule.respondWithinMinutes)} />}
                </Field>
                <Field label={`${s} resolve within (minutes)`} name={key("resolveWithinMinutes")} errors={errors(key("resolveWithinMinutes"))} hint={`Now: ${formatMinutes(rule.resolveWithinMinutes)}`}>
                  {(props) => <Input {...props} type="number" min={0} step={1} defaultValue={value(key("resolveWithinMinutes"), rule.resolveWithinMinutes)} />}
                </Field>
              </div>
              <Field
                label={`${s} escalate after (minutes)`}
                name={key("escalateAfterMinutes")}
                errors={errors(key("escalateAfterMinutes"))}
                hint={`0: at once; empty: never on its own. Now: ${formatEscalation(rule.escalateAfterMinutes)}`}
              >
                {(props) => <Input {...props} type="number" min={0} step={1} defaultValue={value(key("escalateAfterMinutes"), rule.escalateAfterMinutes)} />}
              </Field>
              <label className="flex items-center gap-2 self-center text-sm">
                <input type="checkbox" name={key("requiresPostmortem")} defaultChecked={checked(key("requiresPostmortem"), rule.requiresPostmortem)} />
                {s} requires a published postmortem before closing
              </label>
            </div>
          </Card>
        );
      })}
      <Card aria-labelledby="h-rules">
        <CardTitle id="h-rules">Overdue, deploys and working hours</CardTitle>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input type="checkbox" name="escalateWhenOverdue" defaultChecked={checked("escalateWhenOverdue", policy.escalateWhenOverdue)} />
            Escalate an incident when it is past its response or resolution target
          </label>
          <Field
            label="Deploy window (minutes)"
            name="deployWindowMinutes"
            errors={errors("deployWindowMinutes")}
            hint={`Deploys of the affected services this long before the start go on the timeline. Now: ${formatMinutes(policy.deployWindowMinutes)}`}
          >
            {(props) => <Input {...props} type="number" min={0} step={1} defaultValue={value("deployWindowMinutes", policy.deployWindowMinutes)} />}
          </Field>
          <Field label="Working hours time zone" name="workingHours.timeZone" errors={errors("workingHours.timeZone")} hint="An IANA zone, e.g. Europe/Berlin. Date filters on the incident log use it too.">
            {(props) => <Input {...props} defaultValue={value("workingHours.timeZone", policy.workingHours.timeZone)} />}
          </Field>
          <Field label="Working hours start (hour)" name="workingHours.startHour" errors={errors("workingHours.startHour")}>
            {(props) => <Input {...props} type="number" min={0} max={23} defaultValue={value("workingHours.startHour", policy.workingHours.startHour)} />}
          </Field>
          <Field label="Working hours end (hour)" name="workingHours.endHour" errors={errors("workingHours.endHour")}>
            {(props) => <Input {...props} type="number" min={1} max={24} defaultValue={value("workingHours.endHour", policy.workingHours.endHour)} />}
          </Field>
        </div>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save incident policy"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

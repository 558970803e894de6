"use client";
// Declaring an incident: what is wrong, how bad (each severity with its meaning and targets), which services, who leads.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { SeverityRule } from "@/lib/incidents/policy";
import type { Severity } from "@/lib/incidents/types";
import { formatEscalation, formatMinutes } from "@/lib/incidents/view/format";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { LocalTimeInput } from "@/components/ui/local-time-input";

export type ServiceGroup = { team: string; services: { slug: string; name: string }[] };
export type Person = { email: string; name: string };

function ErrorList({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-danger">
      {errors?.map((error) => <p key={error}>{error}</p>)}
    </div>
  );
}

export function IncidentForm({
  action,
  severities,
  serviceGroups,
  people,
  preselected,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  severities: { severity: Severity; rule: SeverityRule }[];
  serviceGroups: ServiceGroup[];
  people: Person[];
  preselected: string[];
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  const value = (key: string) => state.values?.[key] ?? "";
  const chosenSeverity = state.values?.severity;
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-3xl gap-5" noValidate>
      <Field label="Title" name="title" errors={errors("title")} hint="What is wrong, as users see it: “Checkout fails for card payments”.">
        {(props) => <Input {...props} defaultValue={value("title")} required maxLength={200} />}
      </Field>

      <fieldset className="grid gap-2" aria-describedby="severity-error">
        <legend className="mb-1 text-sm font-medium">Severity</legend>
        {severities.map(({ severity, rule }) => (
          <label key={severity} className="flex cursor-pointer gap-3 rounded-lg border border-border bg-surface p-3 has-[:checked]:border-primary">
            <input
              type="radio"
              name="severity"
              value={severity}
              defaultChecked={chosenSeverity === severity}
              className="mt-1"
              aria-describedby={`severity-${severity}-meaning`}
            />
            <span className="grid gap-0.5 text-sm">
              <span className="font-medium">
                {severity} · {rule.name}
              </span>
              <span id={`severity-${severity}-meaning`} className="text-muted">
                {rule.meaning} Respond within {formatMinutes(rule.respondWithinMinutes)}, resolve within {formatMinutes(rule.resolveWithinMinutes)}; escalates{" "}
                {formatEscalation(rule.escalateAfterMinutes)}.{rule.requiresPostmortem ? " Needs a postmortem." : ""}
              </span>
            </span>
          </label>
        ))}
        <ErrorList id="severity-error" errors={errors("severity")} />
      </fieldset>

      <fieldset className="grid gap-3" aria-describedby="services-hint services-error">
        <legend className="mb-1 text-sm font-medium">Affected services</legend>
        <p id="services-hint" className="text-xs text-muted">
          The first one ticked (in this list&apos;s order) owns the incident: its team may change it. Your teams come first.
        </p>
        {serviceGroups.map((group) => (
          <div key={group.team} role="group" aria-label={group.team} className="grid gap-1">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase" aria-hidden>
              {group.team}
            </p>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {group.services.map((service) => (
                <label key={service.slug} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="services" value={service.slug} defaultChecked={preselected.includes(service.slug)} aria-invalid={errors("services") ? true : undefined} />
                  {service.name}
                </label>
              ))}
            </div>
          </div>
        ))}
        <ErrorList id="services-error" errors={errors("services")} />
      </fieldset>

      <Field label="Summary" name="summary" errors={errors("summary")} hint="What is known so far.">
        {(props) => <Textarea {...props} defaultValue={value("summary")} />}
      </Field>
      <Field label="Customer impact" name="customerImpact" errors={errors("customerImpact")} hint="Who is affected and how: “About 20% of card payments fail”.">
        {(props) => <Textarea {...props} defaultValue={value("customerImpact")} className="min-h-16" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Tags" name="tags" errors={errors("tags")} hint="Comma separated, e.g. database, eu-west.">
          {(props) => <Input {...props} defaultValue={value("tags")} />}
        </Field>
        <Field label="Started at" name="startedAt" errors={errors("startedAt")} hint="In your time zone; now unless it began earlier.">
          {(props) => <LocalTimeInput {...props} name="startedAt" typed={state.values?.startedAtLocal} />}
        </Field>
        <Field label="Commander" name="commander" errors={errors("commander")}>
          {(props) => (
            <Select {...props} defaultValue={value("commander")}>
              <option value="">Nobody yet</option>
              {people.map((person) => (
                <option key={person.email} value={person.email}>
                  {person.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Declaring…" : "Declare incident"}
        </Button>
        <ButtonLink href="/incidents">Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}

"use client";
// Plan (or change) a game day: the service, a scenario (the case study's two are offered as starting points), the
// hypothesis, when, who takes part and the runbook it exercises.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LocalTimeInput } from "@/components/ui/local-time-input";
import { DRILL_SCENARIOS } from "@/lib/incidents/drills";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

export type DrillFormValues = { service: string; title: string; scenario: string; hypothesis: string; scheduledAt: string; participants: string[]; runbook: string };

type Option = { value: string; label: string };

export function DrillForm({
  action,
  services,
  people,
  runbooks,
  initial,
  mode,
  cancelHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  services: (Option & { team: string })[];
  people: { email: string; name: string }[];
  runbooks: (Option & { service: string })[];
  initial: DrillFormValues;
  mode: "create" | "edit";
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  const [service, setService] = useState(state.values?.service ?? initial.service);
  const [title, setTitle] = useState(state.values?.title ?? initial.title);
  const [scenario, setScenario] = useState(state.values?.scenario ?? initial.scenario);
  const [hypothesis, setHypothesis] = useState(state.values?.hypothesis ?? initial.hypothesis);
  const serviceRunbooks = runbooks.filter((r) => r.service === service);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-2xl gap-4" noValidate>
      <Field label="Service" name="service" errors={errors("service")}>
        {(props) => (
          <Select {...props} value={service} onChange={(event) => setService(event.target.value)} required>
            <option value="">Choose a service…</option>
            {services.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label} ({s.team})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Start from a scenario</legend>
        <div className="flex flex-wrap gap-2">
          {DRILL_SCENARIOS.map((preset) => (
            <Button
              key={preset.title}
              variant="secondary"
              size="sm"
              onClick={() => {
                setTitle(preset.title);
                setScenario(preset.scenario);
                setHypothesis(preset.hypothesis);
              }}
            >
              {preset.title}
            </Button>
          ))}
        </div>
      </fieldset>
      <Field label="Title" name="title" errors={errors("title")}>
        {(props) => <Input {...props} value={title} onChange={(event) => setTitle(event.target.value)} required />}
      </Field>
      <Field label="Scenario" name="scenario" errors={errors("scenario")} hint="The fault you will inject, and where.">
        {(props) => <Textarea {...props} value={scenario} onChange={(event) => setScenario(event.target.value)} required />}
      </Field>
      <Field label="Hypothesis" name="hypothesis" errors={errors("hypothesis")} hint="What you expect to happen: who is paged, how fast, which runbook restores service.">
        {(props) => <Textarea {...props} value={hypothesis} onChange={(event) => setHypothesis(event.target.value)} />}
      </Field>
      <Field label="Scheduled for" name="scheduledAt" errors={errors("scheduledAt")} hint="In your time zone.">
        {(props) => <LocalTimeInput {...props} name="scheduledAt" initialIso={initial.scheduledAt} typed={state.values?.scheduledAtLocal} required />}
      </Field>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Participants</legend>
        <div className="grid max-h-48 gap-1 overflow-y-auto rounded-md border border-border p-2 sm:grid-cols-2">
          {people.map((person) => (
            <label key={person.email} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="participants" value={person.email} defaultChecked={initial.participants.includes(person.email)} />
              {person.name}
            </label>
          ))}
        </div>
        {errors("participants")?.map((e) => (
          <p key={e} className="text-sm text-danger">
            {e}
          </p>
        ))}
      </fieldset>
      <Field label="Runbook" name="runbook" errors={errors("runbook")} hint={serviceRunbooks.length ? "The runbook the team should follow." : "This service has no runbooks yet; add them on its service page."}>
        {(props) => (
          <Select {...props} defaultValue={initial.runbook}>
            <option value="">No runbook</option>
            {serviceRunbooks.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Plan drill" : "Save changes"}
        </Button>
        <ButtonLink href={cancelHref}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}

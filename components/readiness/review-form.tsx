"use client";
// Start a readiness review: the service, the template (the one for the service's tier unless chosen otherwise), the
// launch date, when the review should be done, and its reviewer.
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

type ServiceOption = { slug: string; name: string; team: string; tier: number };
type TemplateOption = { slug: string; name: string; tier: number | null; version: number };

/** The template meant for a tier, else the first one for any tier, else the first. */
function templateFor(tier: number | undefined, templates: TemplateOption[]): string {
  return (templates.find((t) => t.tier === tier) ?? templates.find((t) => t.tier === null) ?? templates[0])?.slug ?? "";
}

export function ReviewForm({
  action,
  services,
  templates,
  reviewers,
  initialService,
  defaultReviewer,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  services: ServiceOption[];
  templates: TemplateOption[];
  reviewers: { id: number; name: string }[];
  initialService: string;
  defaultReviewer: number | null;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  const [service, setService] = useState(state.values?.service ?? initialService);
  const tierOf = (slug: string) => services.find((s) => s.slug === slug)?.tier;
  const [template, setTemplate] = useState(state.values?.template ?? templateFor(tierOf(initialService), templates));
  const [chosenByHand, setChosenByHand] = useState(Boolean(state.values?.template));
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-2xl gap-4" noValidate>
      <Field label="Service" name="service" errors={errors("service")}>
        {(props) => (
          <Select
            {...props}
            value={service}
            required
            onChange={(event) => {
              setService(event.target.value);
              if (!chosenByHand) setTemplate(templateFor(tierOf(event.target.value), templates));
            }}
          >
            <option value="">Choose a service…</option>
            {services.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name} ({s.team}, Tier {s.tier})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Template" name="template" errors={errors("template")} hint="The checklist the review copies; its current version stays with the review. The service's tier picks the default.">
        {(props) => (
          <Select
            {...props}
            value={template}
            required
            onChange={(event) => {
              setTemplate(event.target.value);
              setChosenByHand(true);
            }}
          >
            {templates.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} (v{t.version}{t.tier ? `, Tier ${t.tier}` : ""})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Launch date" name="launchDate" errors={errors("launchDate")}>
          {(props) => <Input {...props} type="date" defaultValue={state.values?.launchDate} required />}
        </Field>
        <Field label="Review due by" name="dueDate" errors={errors("dueDate")} hint="Optional; on or before the launch date.">
          {(props) => <Input {...props} type="date" defaultValue={state.values?.dueDate} />}
        </Field>
      </div>
      <Field label="Reviewer" name="reviewer" errors={errors("reviewer")} hint="The person who signs the review off; an admin can too.">
        {(props) => (
          <Select {...props} defaultValue={state.values?.reviewer ?? (defaultReviewer ? String(defaultReviewer) : "")}>
            <option value="">Nobody yet (an admin signs off)</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Starting…" : "Start review"}
        </Button>
        <ButtonLink href="/readiness/reviews">Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}

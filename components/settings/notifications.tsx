"use client";
// Settings → Notifications: add an outgoing webhook, send it a test message, delete it.
import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { createWebhookAction, deleteWebhookAction, testWebhookAction } from "@/app/(portal)/settings/notifications/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

const EVENTS = [
  { value: "declared", label: "Incident declared" },
  { value: "severity_changed", label: "Severity changed" },
  { value: "resolved", label: "Incident resolved" },
];

export function CreateWebhookForm({ teams }: { teams: { slug: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(createWebhookAction, INITIAL_FORM_STATE);
  const v = (key: string) => (state.ok ? "" : (state.values?.[key] ?? ""));
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="mt-3 grid gap-4" noValidate key={state.ok ? state.message : "form"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" errors={state.fieldErrors?.name} hint="Where it goes, e.g. #incidents on Slack.">
          {(props) => <Input {...props} defaultValue={v("name")} required />}
        </Field>
        <Field label="Format" name="format" errors={state.fieldErrors?.format}>
          {(props) => (
            <Select {...props} defaultValue={v("format") || "slack"}>
              <option value="slack">Slack-compatible (incoming webhook)</option>
              <option value="generic">Generic JSON</option>
            </Select>
          )}
        </Field>
      </div>
      <Field label="URL" name="url" errors={state.fieldErrors?.url} hint="Keel POSTs JSON here; a failed delivery is retried after 30 s, 2 min, 10 min, 30 min and 1 h.">
        {(props) => <Input {...props} type="url" defaultValue={v("url")} placeholder="https://hooks.slack.com/services/…" required />}
      </Field>
      <fieldset aria-describedby="events-error">
        <legend className="text-sm font-medium">Events</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {EVENTS.map((e) => (
            <label key={e.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={e.value} defaultChecked />
              {e.label}
            </label>
          ))}
        </div>
        <div id="events-error" aria-live="polite" className="text-sm text-danger">
          {Object.entries(state.fieldErrors ?? {})
            .filter(([field]) => field.startsWith("events"))
            .flatMap(([, errors]) => errors)
            .map((error) => (
              <p key={error}>{error}</p>
            ))}
        </div>
      </fieldset>
      <Field label="Team" name="team" errors={state.fieldErrors?.team}>
        {(props) => (
          <Select {...props} defaultValue={v("team")}>
            <option value="">Every team&apos;s incidents</option>
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                Only {t.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add webhook"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

function useButton(action: () => Promise<FormState>) {
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const result = await action();
      if (result.ok) toast.success(result.message ?? "Done.");
      else toast.error(result.message ?? "That did not work.");
    });
  return { pending, run };
}

export function WebhookButtons({ id, name }: { id: number; name: string }) {
  const test = useButton(() => testWebhookAction(id));
  const remove = useButton(() => deleteWebhookAction(id));
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" variant="secondary" disabled={test.pending} onClick={test.run} aria-label={`Send a test message to ${name}`}>
        {test.pending ? "Sending…" : "Send test"}
      </Button>
      <Button size="sm" variant="danger" disabled={remove.pending} onClick={remove.run} aria-label={`Delete webhook ${name}`}>
        {remove.pending ? "Deleting…" : "Delete"}
      </Button>
    </div>
  );
}

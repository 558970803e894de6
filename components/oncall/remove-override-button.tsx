"use client";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormState } from "@/lib/forms";

export function RemoveOverrideButton({ label, action }: { label: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return <ConfirmAction title={`Remove the override for ${label}?`} description="The rotation decides who is on call for that stretch again." triggerLabel={`Remove override: ${label}`} confirmLabel="Remove override" pendingLabel="Removing…" action={action} />;
}

export function DeleteScheduleButton({ name, action }: { name: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ConfirmAction
      title={`Delete ${name}?`}
      description="The schedule, its overrides and its calendar feed are removed, and escalation levels that reach its on-call person are dropped. The audit log keeps a record."
      triggerLabel="Delete"
      confirmLabel="Delete schedule"
      pendingLabel="Deleting…"
      action={action}
    />
  );
}

"use client";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormState } from "@/lib/forms";

export function DeleteSloButton({ name, minutes, action }: { name: string; minutes: number; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ConfirmAction
      title={`Delete ${name}?`}
      description={`Its definition, ${minutes.toLocaleString("en-US")} minutes of SLI data, its reviews, and its alert and policy history are deleted for good. The audit log keeps a record of the deletion.`}
      triggerLabel="Delete"
      confirmLabel="Delete SLO"
      pendingLabel="Deleting…"
      action={action}
    />
  );
}

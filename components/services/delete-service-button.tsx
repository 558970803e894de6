"use client";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormState } from "@/lib/forms";

export function DeleteServiceButton({ name, action }: { name: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ConfirmAction
      title={`Delete ${name}?`}
      description="The service and everything Keel keeps about it — its SLOs with their data and history, deployments and gate exceptions — are removed. The audit log keeps a record of the deletion."
      triggerLabel="Delete"
      confirmLabel="Delete service"
      pendingLabel="Deleting…"
      action={action}
    />
  );
}

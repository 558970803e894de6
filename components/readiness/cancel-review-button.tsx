"use client";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { FormState } from "@/lib/forms";

export function CancelReviewButton({ serviceName, action }: { serviceName: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return (
    <ConfirmAction
      title={`Cancel the review of ${serviceName}?`}
      description="The review stops: its items can no longer change and it cannot be approved. What was recorded stays readable, and a new review can be started at any time."
      triggerLabel="Cancel review"
      confirmLabel="Cancel the review"
      pendingLabel="Cancelling…"
      action={action}
    />
  );
}

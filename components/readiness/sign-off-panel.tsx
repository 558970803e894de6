"use client";
// Sign-off: the reviewer (or an admin) approves. The server is the judge: while a required item is neither passed nor
// N/A it refuses, and its answer shows here with the blockers; the panel also lists them as the checklist changes.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { blockersOf, STATUS_LABELS, type ChecklistItem } from "@/lib/readiness/view/checklist";

export type SignOffProps = {
  items: ChecklistItem[];
  reviewerName: string | null;
  canApprove: boolean;
  approveAction: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function SignOffPanel({ items, reviewerName, canApprove, approveAction }: SignOffProps) {
  const [state, formAction, pending] = useActionState(approveAction, INITIAL_FORM_STATE);
  const blockers = blockersOf(items);
  return (
    <section aria-labelledby="sign-off" className="grid gap-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="sign-off" className="text-lg font-semibold">
        Sign-off
      </h2>
      <p className="text-sm text-muted">
        {reviewerName ? `${reviewerName} reviews this service.` : "No reviewer is named; an admin signs off."} Approval needs every required item passed or N/A; an approved
        review marks the service ready until its re-review is due.
      </p>
      {blockers.length ? (
        <div className="text-sm">
          <p className="font-medium">Still standing between this service and ready:</p>
          <ul aria-label="Required items not yet passed" className="mt-1 list-disc pl-5">
            {blockers.map((item) => (
              <li key={item.key}>
                {item.text} <span className="text-muted">({STATUS_LABELS[item.status]})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-success">Every required item is passed or N/A.</p>
      )}
      {state.message && !state.ok ? (
        <div role="alert" className="rounded-md border border-danger/40 p-3 text-sm text-danger">
          <p className="font-medium">Approval refused</p>
          <p className="whitespace-pre-line">{state.message}</p>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      {canApprove ? (
        <form action={formAction}>
          <Button type="submit" disabled={pending}>
            {pending ? "Approving…" : "Approve"}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-muted">Only the reviewer or an admin can approve.</p>
      )}
    </section>
  );
}

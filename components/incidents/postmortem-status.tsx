"use client";
// Where the postmortem stands (draft → in review → published) and the buttons that move it; closing the incident once published.
import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { POSTMORTEM_STATUS_LABELS } from "@/lib/incidents/postmortem";
import type { PostmortemStatus } from "@/lib/incidents/types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const MOVES: Record<PostmortemStatus, { to: PostmortemStatus; label: string; variant: "primary" | "secondary" }[]> = {
  draft: [{ to: "in_review", label: "Send for review", variant: "primary" }],
  in_review: [
    { to: "published", label: "Publish", variant: "primary" },
    { to: "draft", label: "Back to draft", variant: "secondary" },
  ],
  published: [],
};

const STEPS: PostmortemStatus[] = ["draft", "in_review", "published"];

export function PostmortemStatusControl({
  status,
  canEdit,
  canClose,
  statusAction,
  closeAction,
}: {
  status: PostmortemStatus;
  canEdit: boolean;
  canClose: boolean;
  statusAction: Action;
  closeAction: Action;
}) {
  const [state, moveAction, pending] = useActionState(statusAction, INITIAL_FORM_STATE);
  const [closeState, close, closing] = useActionState(closeAction, INITIAL_FORM_STATE);
  return (
    <div className="grid gap-3">
      <ol aria-label="Postmortem status" className="flex flex-wrap items-center gap-2 text-sm">
        {STEPS.map((step, index) => (
          <li key={step} className="flex items-center gap-2" aria-current={step === status ? "step" : undefined}>
            {index > 0 ? <span aria-hidden className="text-muted">→</span> : null}
            {step === status ? <Badge tone={step === "published" ? "success" : "info"}>{POSTMORTEM_STATUS_LABELS[step]}</Badge> : <span className="text-muted">{POSTMORTEM_STATUS_LABELS[step]}</span>}
          </li>
        ))}
      </ol>
      {canEdit && MOVES[status].length ? (
        <div className="no-print flex flex-wrap gap-2">
          {MOVES[status].map((move) => (
            <form key={move.to} action={moveAction}>
              <input type="hidden" name="status" value={move.to} />
              <Button type="submit" variant={move.variant} disabled={pending}>
                {move.label}
              </Button>
            </form>
          ))}
        </div>
      ) : null}
      <FormMessage state={state} />
      {canEdit && canClose ? (
        <form action={close} className="no-print flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface p-3 text-sm">
          <p className="flex-1">The incident is resolved and its postmortem is published: it can be closed.</p>
          <Button type="submit" variant="secondary" disabled={closing}>
            {closing ? "Closing…" : "Close incident"}
          </Button>
          <FormMessage state={closeState} />
        </form>
      ) : null}
    </div>
  );
}

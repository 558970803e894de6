"use client";
// A destructive action behind a dialog that says what will be lost; the server action's refusal shows in the dialog.
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { Button } from "./button";
import { Dialog, DialogClose } from "./dialog";
import { FormMessage } from "./form-message";

export function ConfirmAction({
  title,
  description,
  triggerLabel,
  confirmLabel,
  pendingLabel,
  action,
}: {
  title: string;
  description: string;
  triggerLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <Dialog title={title} description={description} trigger={<Button variant="danger">{triggerLabel}</Button>}>
      <form action={formAction} className="flex flex-col gap-3">
        <FormMessage state={state} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

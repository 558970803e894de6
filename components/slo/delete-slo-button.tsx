"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

export function DeleteSloButton({ name, minutes, action }: { name: string; minutes: number; action: (state: FormState) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <Dialog
      title={`Delete ${name}?`}
      description={`Its definition, ${minutes.toLocaleString("en-US")} minutes of SLI data, and its alert and policy history are deleted for good. The audit log keeps a record of the deletion.`}
      trigger={<Button variant="danger">Delete</Button>}
    >
      <form action={formAction} className="flex flex-col gap-3">
        <FormMessage state={state} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete SLO"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

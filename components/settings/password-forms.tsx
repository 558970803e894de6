"use client";
// Passwords in the browser: a person changes their own (proving the current one); an admin sets a new one for someone.
import { useActionState, useState } from "react";
import { changeOwnPasswordAction, resetUserPasswordAction } from "@/app/(portal)/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState(changeOwnPasswordAction, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} className="mt-3 grid gap-4" noValidate key={state.ok ? state.message : "form"}>
      <Field label="Current password" name="currentPassword" errors={errors("currentPassword")}>
        {(props) => <Input {...props} type="password" autoComplete="current-password" required />}
      </Field>
      <Field label="New password" name="newPassword" errors={errors("newPassword")} hint="At least 8 characters. Your other sessions end; this one stays.">
        {(props) => <Input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <Field label="Repeat the new password" name="confirmPassword" errors={errors("confirmPassword")}>
        {(props) => <Input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

export function ResetPasswordDialog({ userId, name }: { userId: number; name: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(resetUserPasswordAction.bind(null, userId), INITIAL_FORM_STATE);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Set a new password for ${name}`}
      description="Their sessions end at once; they sign in again with the new password."
      trigger={
        <Button size="sm" variant="secondary" aria-label={`Reset the password of ${name}`}>
          Reset password
        </Button>
      }
    >
      <ActionForm action={formAction} className="grid gap-3" noValidate key={state.ok ? state.message : "form"}>
        <Field label="New password" name="password" errors={state.fieldErrors?.password} hint="At least 8 characters.">
          {(props) => <Input {...props} type="password" autoComplete="new-password" required />}
        </Field>
        <FormMessage state={state} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">{state.ok ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button type="submit" disabled={pending}>
            {pending ? "Setting…" : "Set password"}
          </Button>
        </div>
      </ActionForm>
    </Dialog>
  );
}

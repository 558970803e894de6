"use client";
// Admins let a frozen service deploy for a while, with a reason; every grant and revocation is audited.
import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { grantGateExceptionAction, revokeGateExceptionAction } from "@/app/(portal)/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FormattedTime } from "@/components/ui/formatted-time";
import { INITIAL_FORM_STATE } from "@/lib/forms";

type ExceptionItem = { id: number; reason: string; grantedBy: string; expiresAt: string; live: boolean };

export function GateExceptions({ serviceSlug, exceptions }: { serviceSlug: string; exceptions: ExceptionItem[] }) {
  const [state, formAction, pending] = useActionState(grantGateExceptionAction.bind(null, serviceSlug), INITIAL_FORM_STATE);
  const [revoking, startRevoke] = useTransition();
  return (
    <div className="grid gap-3">
      <h3 className="text-sm font-semibold">Exceptions</h3>
      {exceptions.length ? (
        <ul className="grid gap-2 text-sm">
          {exceptions.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {e.live ? "Active until " : "Ended "}
                <FormattedTime iso={e.expiresAt} /> · granted by {e.grantedBy}: {e.reason}
              </span>
              {e.live ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={revoking}
                  onClick={() =>
                    startRevoke(async () => {
                      const result = await revokeGateExceptionAction(serviceSlug, e.id);
                      if (result.ok) toast.success(result.message);
                      else toast.error(result.message);
                    })
                  }
                >
                  Revoke
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">No exceptions granted.</p>
      )}
      <ActionForm key={state.ok ? state.message : "grant"} action={formAction} className="grid gap-3 sm:grid-cols-[1fr_10rem]" noValidate>
        <Field label="Reason for the exception" name="reason" errors={state.fieldErrors?.reason}>
          {(props) => <Textarea {...props} defaultValue={state.ok ? "" : (state.values?.reason ?? "")} className="min-h-16" />}
        </Field>
        <Field label="Allow deploys for (hours)" name="hours" errors={state.fieldErrors?.hours} hint="At most 168.">
          {(props) => <Input {...props} type="number" min={1} max={168} defaultValue={state.ok ? "4" : (state.values?.hours ?? "4")} />}
        </Field>
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Granting…" : "Grant exception"}
          </Button>
          <FormMessage state={state} />
        </div>
      </ActionForm>
    </div>
  );
}

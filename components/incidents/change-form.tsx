"use client";
// A small form bound to one incident action, with its outcome announced beside it. Submit buttons may carry a value
// (`name="status" value="resolved"`): React sends the button that was pressed.
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { cn } from "@/components/ui/cn";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

export type IncidentAction = (state: FormState, formData: FormData) => Promise<FormState>;

export function ChangeForm({
  action,
  label,
  className,
  children,
}: {
  action: IncidentAction;
  label: string;
  className?: string;
  children: (control: { pending: boolean; errors: (field: string) => string[] | undefined; values?: Record<string, string> }) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} aria-label={label} className={cn("grid gap-2", className)}>
      {children({ pending, errors: (field) => state.fieldErrors?.[field], values: state.ok ? undefined : state.values })}
      <FormMessage state={state} />
    </form>
  );
}

// Labelled form controls whose errors are announced and tied to the control.
import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

const CONTROL =
  "w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted aria-[invalid=true]:border-danger";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(CONTROL, "h-10", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(CONTROL, "min-h-24", className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(CONTROL, "h-10", className)} {...props} />;
}

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  className?: string;
  children: (control: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
};

/** A label, the control, an optional hint and the field's errors in an aria-live region. */
export function Field({ label, name, errors, hint, className, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="text-sm text-danger">
        {errors?.map((error) => <p key={error}>{error}</p>)}
      </div>
    </div>
  );
}

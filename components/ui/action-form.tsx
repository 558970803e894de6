"use client";
// A form bound to a server action that keeps what was typed when the action rejects it.
// React resets uncontrolled fields after an action submitted through `action=`; submitting in a
// transition ourselves skips that reset, while `action=` still lets the form work before hydration.
import { startTransition, useEffect, useRef, type ComponentProps } from "react";

type ActionFormProps = Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  action: (formData: FormData) => void;
  /** The last answer's field errors: when there are some, the first field in error (in page order) takes the focus. */
  fieldErrors?: Record<string, string[]>;
};

export function ActionForm({ action, fieldErrors, ...props }: ActionFormProps) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!fieldErrors || Object.keys(fieldErrors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);
  return (
    <form
      {...props}
      ref={form}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        // With the button that submitted it, as a native submit sends it (a form may have "Save" and "Save as new").
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const formData = new FormData(event.currentTarget, submitter);
        startTransition(() => action(formData));
      }}
    />
  );
}

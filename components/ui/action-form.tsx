"use client";
// A form bound to a server action that keeps what was typed when the action rejects it.
// React resets uncontrolled fields after an action submitted through `action=`; submitting in a
// transition ourselves skips that reset, while `action=` still lets the form work before hydration.
import { startTransition, type ComponentProps } from "react";

export function ActionForm({ action, ...props }: Omit<ComponentProps<"form">, "action" | "onSubmit"> & { action: (formData: FormData) => void }) {
  return (
    <form
      {...props}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
    />
  );
}

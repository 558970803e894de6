"use client";
// Adding a note (text and time, default now) and correcting a note's text or time in place.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { ChangeForm, type IncidentAction } from "./change-form";
import { LocalTimeInput } from "@/components/ui/local-time-input";

export function AddNoteForm({ action }: { action: IncidentAction }) {
  return (
    <ChangeForm action={action} label="Add note" className="rounded-lg border border-border bg-surface p-3">
      {({ pending, errors }) => (
        <>
          <Field label="Note" name="text" errors={errors("text")}>
            {(props) => <Textarea {...props} className="min-h-16" required />}
          </Field>
          <Field label="Note time" name="at" errors={errors("at")} hint="In your time zone; change it to record something that happened earlier.">
            {(props) => <LocalTimeInput {...props} name="at" className="sm:max-w-64" />}
          </Field>
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? "Adding…" : "Add note"}
            </Button>
          </div>
        </>
      )}
    </ChangeForm>
  );
}

export function EditNoteForm({ action, text, atIso }: { action: IncidentAction; text: string; atIso: string }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant="ghost" size="sm" className="mt-1 -ml-3" onClick={() => setOpen(true)}>
        Edit note<span className="sr-only">: {text.slice(0, 40)}</span>
      </Button>
    );
  return (
    <ChangeForm action={action} label="Edit note" className="mt-2 rounded-lg border border-border bg-surface p-3">
      {({ pending, errors }) => (
        <>
          <Field label="Note text" name="text" errors={errors("text")}>
            {(props) => <Textarea {...props} defaultValue={text} className="min-h-16" />}
          </Field>
          <Field label="Time" name="at" errors={errors("at")}>
            {(props) => <LocalTimeInput {...props} name="at" initialIso={atIso} className="sm:max-w-64" />}
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="secondary" disabled={pending}>
              Save note
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Done
            </Button>
          </div>
        </>
      )}
    </ChangeForm>
  );
}

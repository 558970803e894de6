"use client";
// A date and time typed in the viewer's zone, sent as a UTC instant: datetime-local has no zone, so the hidden field carries ISO-8601.
import { useState } from "react";
import { format } from "date-fns";
import { Field, Input } from "./field";

const LOCAL = "yyyy-MM-dd'T'HH:mm";

export function LocalTimeField({ label, name, defaultIso, errors, hint, required }: { label: string; name: string; defaultIso?: string; errors?: string[]; hint?: string; required?: boolean }) {
  const [local, setLocal] = useState(() => (defaultIso ? format(new Date(defaultIso), LOCAL) : ""));
  const parsed = local ? new Date(local) : null;
  const iso = parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : "";
  return (
    <Field label={label} name={`${name}Local`} errors={errors} hint={hint ?? "In your time zone."}>
      {(control) => (
        <>
          <Input {...control} type="datetime-local" step={60} value={local} onChange={(event) => setLocal(event.target.value)} required={required} />
          <input type="hidden" name={name} value={iso} />
        </>
      )}
    </Field>
  );
}

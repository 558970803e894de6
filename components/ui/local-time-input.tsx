"use client";
// A datetime-local field in the viewer's own zone that submits the instant as ISO-8601 (a hidden field), so the
// server never guesses the zone. date-fns reads and writes the wall-clock text in the browser's zone.
import { format, parseISO } from "date-fns";
import { useEffect, useRef, type ComponentProps } from "react";
import { Input } from "@/components/ui/field";

const LOCAL_INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";

function isoOf(local: string): string {
  if (!local) return "";
  const date = parseISO(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

type Props = Omit<ComponentProps<"input">, "name" | "type" | "defaultValue" | "value"> & {
  /** The form field that carries the ISO instant. */
  name: string;
  /** The instant to start from; absent: now, as the page opens. */
  initialIso?: string;
  /** What the person typed last time (a rejected form), as local text. */
  typed?: string;
};

export function LocalTimeInput({ name, initialIso, typed, ...props }: Props) {
  const visible = useRef<HTMLInputElement>(null);
  const hidden = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The zone is the browser's, so the first value is written after hydration.
    if (!visible.current || !hidden.current || visible.current.value) return;
    const local = typed || format(initialIso ? new Date(initialIso) : new Date(), LOCAL_INPUT_FORMAT);
    visible.current.value = local;
    hidden.current.value = isoOf(local);
  }, [initialIso, typed]);
  return (
    <>
      <Input
        {...props}
        ref={visible}
        name={`${name}Local`}
        type="datetime-local"
        step={60}
        onChange={(event) => {
          if (hidden.current) hidden.current.value = isoOf(event.target.value);
        }}
      />
      <input ref={hidden} type="hidden" name={name} />
    </>
  );
}

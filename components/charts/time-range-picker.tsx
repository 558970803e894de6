"use client";
// Picks a chart time range: this window, 7 days, 24, 6 or 1 hours, or a validated custom range in the viewer's local time.
import { format, parseISO } from "date-fns";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { validateCustomRange, type RangePreset, type RangeSelection, type TimeRange } from "@/lib/slo/view/chart-data";
import { cn } from "@/components/ui/cn";

type Mode = RangePreset | "custom";

const OPTIONS: { value: Mode; label: string }[] = [
  { value: "window", label: "This window" },
  { value: "7d", label: "7 days" },
  { value: "24h", label: "24 hours" },
  { value: "6h", label: "6 hours" },
  { value: "1h", label: "1 hour" },
  { value: "custom", label: "Custom" },
];

// datetime-local speaks local wall-clock time without a zone; date-fns reads and writes it in the viewer's zone.
const LOCAL_INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";

function parseLocal(text: string): number {
  return text ? parseISO(text).getTime() : Number.NaN;
}

type TimeRangePickerProps = {
  /** The applied selection. */
  selection: RangeSelection;
  /** The range on screen, to start a custom range from. */
  displayedRange: TimeRange | null;
  maxRangeMs: number;
  onChange: (selection: RangeSelection) => void;
};

export function TimeRangePicker({ selection, displayedRange, maxRangeMs, onChange }: TimeRangePickerProps) {
  const name = useId();
  const [mode, setMode] = useState<Mode>(selection.kind);
  const [fromText, setFromText] = useState("");
  const [toText, setToText] = useState("");
  const [error, setError] = useState<{ field: "from" | "to"; message: string } | null>(null);

  function choose(next: Mode) {
    setMode(next);
    setError(null);
    if (next !== "custom") {
      onChange({ kind: next });
      return;
    }
    // Start from what is on screen, so a small adjustment is a small edit.
    const start = selection.kind === "custom" ? { fromMs: selection.fromMs, toMs: selection.toMs } : displayedRange;
    if (start) {
      setFromText(format(start.fromMs, LOCAL_INPUT_FORMAT));
      setToText(format(start.toMs, LOCAL_INPUT_FORMAT));
    }
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = validateCustomRange(parseLocal(fromText), parseLocal(toText), { nowMs: Date.now(), maxRangeMs });
    if (!check.ok) {
      setError({ field: check.field, message: check.message });
      const control = event.currentTarget.elements.namedItem(check.field);
      if (control instanceof HTMLInputElement) control.focus();
      return;
    }
    setError(null);
    onChange({ kind: "custom", ...check.range });
  }

  return (
    <div className="grid gap-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Time range</legend>
        <div className="inline-flex flex-wrap rounded-md border border-border bg-surface p-0.5">
          {OPTIONS.map((option) => (
            <label
              key={option.value}
              className={cn(
                "cursor-pointer rounded px-3 py-1.5 text-sm text-muted hover:text-fg",
                "has-checked:bg-primary has-checked:font-medium has-checked:text-primary-fg",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus",
              )}
            >
              <input type="radio" className="sr-only" name={name} value={option.value} checked={mode === option.value} onChange={() => choose(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "custom" ? (
        <form onSubmit={apply} noValidate aria-label="Custom time range" className="flex flex-wrap items-start gap-3">
          <Field label="From" name="from" errors={error?.field === "from" ? [error.message] : undefined} hint={`Your local time; at most ${Number((maxRangeMs / 86_400_000).toFixed(2))} days before the end`} className="w-56">
            {(control) => <Input {...control} type="datetime-local" step={60} value={fromText} onChange={(event) => setFromText(event.target.value)} />}
          </Field>
          <Field label="To" name="to" errors={error?.field === "to" ? [error.message] : undefined} hint="Your local time" className="w-56">
            {(control) => <Input {...control} type="datetime-local" step={60} value={toText} onChange={(event) => setToText(event.target.value)} />}
          </Field>
          <Button type="submit" variant="secondary" className="mt-6">
            Apply
          </Button>
        </form>
      ) : null}
    </div>
  );
}

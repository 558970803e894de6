"use client";
// One lever as a slider and a number box bound to the same value: the slider for quick moves (arrow keys work), the box
// for an exact figure. An empty box means "unchanged" where the lever allows it.
import { useId } from "react";
import { Input } from "@/components/ui/field";

type NumberLeverProps = {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  /** The value the slider shows while the lever is unchanged (null). */
  placeholder?: number;
  /** Allow clearing the box (null = unchanged). */
  clearable?: boolean;
  unit: string;
  onChange: (value: number | null) => void;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function NumberLever({ label, value, min, max, step = 1, placeholder, clearable, unit, onChange }: NumberLeverProps) {
  const id = useId();
  const shown = value ?? placeholder ?? min;
  return (
    <div className="grid gap-1">
      <label htmlFor={`${id}-box`} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="range"
          aria-label={`${label} slider`}
          className="min-w-0 flex-1 accent-[var(--primary)]"
          min={min}
          max={max}
          step={step}
          value={clamp(shown, min, max)}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <Input
          id={`${id}-box`}
          type="number"
          inputMode="decimal"
          className="w-24"
          min={min}
          max={max}
          step={step}
          value={value === null ? "" : String(value)}
          placeholder={clearable ? "current" : undefined}
          aria-describedby={`${id}-unit`}
          onChange={(event) => {
            const raw = event.target.value.trim();
            if (raw === "") {
              if (clearable) onChange(null);
              return;
            }
            const parsed = Number(raw);
            if (Number.isFinite(parsed)) onChange(clamp(step >= 1 ? Math.round(parsed) : parsed, min, max));
          }}
        />
        <span id={`${id}-unit`} className="w-12 text-xs text-muted">
          {unit}
        </span>
      </div>
    </div>
  );
}

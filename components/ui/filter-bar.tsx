"use client";
// A GET form of filters kept in the URL: labelled fields, Apply, and Clear when something is filtered.
import { useState, type ReactNode } from "react";
import { Button, ButtonLink } from "./button";
import { Input, Select } from "./field";

/** `scope` ties an option to a value of the field its select is `scopedBy` (a service to its team). */
type Option = { value: string; label: string; scope?: string };

export type FilterField =
  | { kind: "search"; name: string; label: string; value: string; placeholder?: string }
  | { kind: "select"; name: string; label: string; value: string; options: Option[]; scopedBy?: string }
  | { kind: "date"; name: string; label: string; value: string };

// Search takes the room that is left; selects are as wide as their longest option, so none is cut off, and wrap on narrow screens.
const WIDTH: Record<FilterField["kind"], string> = { search: "min-w-48 flex-1", select: "w-full sm:w-auto sm:min-w-40", date: "w-full sm:w-40" };

const inScope = (option: Option, scope: string) => !scope || option.scope === undefined || option.scope === scope;

type FilterBarProps = { label: string; idPrefix: string; fields: FilterField[]; clearHref: string; filtered: boolean; children?: ReactNode };

export function FilterBar(props: FilterBarProps) {
  // Keyed by the current values: client-side navigation (Apply, Clear) must not keep stale inputs.
  return <FilterForm key={JSON.stringify(props.fields.map((f) => f.value))} {...props} />;
}

function FilterForm({ label, idPrefix, fields, clearHref, filtered, children }: FilterBarProps) {
  // The selects are held here so that one scoped by another narrows as soon as the other changes.
  const [chosen, setChosen] = useState<Record<string, string>>(() => Object.fromEntries(fields.filter((f) => f.kind === "select").map((f) => [f.name, f.value])));
  const choose = (name: string, value: string) =>
    setChosen((current) => {
      const next = { ...current, [name]: value };
      // A choice the new scope no longer offers goes back to "all".
      for (const field of fields) {
        if (field.kind === "select" && field.scopedBy === name && !field.options.some((option) => option.value === next[field.name] && inScope(option, value))) next[field.name] = "";
      }
      return next;
    });
  return (
    <form role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        return (
          <div key={field.name} className={`flex flex-col gap-1 ${WIDTH[field.kind]}`}>
            <label htmlFor={id} className="text-sm font-medium">
              {field.label}
            </label>
            {field.kind === "select" ? (
              <Select id={id} name={field.name} value={chosen[field.name] ?? ""} onChange={(event) => choose(field.name, event.target.value)}>
                {field.options
                  .filter((option) => inScope(option, field.scopedBy ? (chosen[field.scopedBy] ?? "") : ""))
                  .map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
              </Select>
            ) : (
              <Input id={id} name={field.name} type={field.kind} defaultValue={field.value} placeholder={field.kind === "search" ? field.placeholder : undefined} />
            )}
          </div>
        );
      })}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered ? (
          <ButtonLink href={clearHref} variant="ghost">
            Clear
          </ButtonLink>
        ) : null}
        {children}
      </div>
    </form>
  );
}

// A GET form of filters kept in the URL: labelled fields, Apply, and Clear when something is filtered.
import type { ReactNode } from "react";
import { Button, ButtonLink } from "./button";
import { Input, Select } from "./field";

type Option = { value: string; label: string };

export type FilterField =
  | { kind: "search"; name: string; label: string; value: string; placeholder?: string }
  | { kind: "select"; name: string; label: string; value: string; options: Option[] }
  | { kind: "date"; name: string; label: string; value: string };

// Search takes the room that is left; the rest keep a readable width and wrap on narrow screens.
const WIDTH: Record<FilterField["kind"], string> = { search: "min-w-48 flex-1", select: "w-full sm:w-44", date: "w-full sm:w-40" };

function Control({ field, id }: { field: FilterField; id: string }) {
  if (field.kind === "select") {
    return (
      <Select id={id} name={field.name} defaultValue={field.value}>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    );
  }
  return <Input id={id} name={field.name} type={field.kind} defaultValue={field.value} placeholder={field.kind === "search" ? field.placeholder : undefined} />;
}

export function FilterBar({ label, idPrefix, fields, clearHref, filtered, children }: { label: string; idPrefix: string; fields: FilterField[]; clearHref: string; filtered: boolean; children?: ReactNode }) {
  return (
    // Keyed by the current values: client-side navigation must not keep stale uncontrolled inputs.
    <form key={JSON.stringify(fields.map((f) => f.value))} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      {fields.map((field) => (
        <div key={field.name} className={`flex flex-col gap-1 ${WIDTH[field.kind]}`}>
          <label htmlFor={`${idPrefix}-${field.name}`} className="text-sm font-medium">
            {field.label}
          </label>
          <Control field={field} id={`${idPrefix}-${field.name}`} />
        </div>
      ))}
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

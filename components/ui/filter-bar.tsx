// A GET form of filters kept in the URL: labelled fields, Apply, and Clear when something is filtered.
import type { ReactNode } from "react";
import { Button, ButtonLink } from "./button";
import { Input, Select } from "./field";

type Option = { value: string; label: string };

export type FilterField =
  | { kind: "search"; name: string; label: string; value: string; placeholder?: string }
  | { kind: "select"; name: string; label: string; value: string; options: Option[] }
  | { kind: "date"; name: string; label: string; value: string };

const COLUMN: Record<FilterField["kind"], string> = { search: "1fr", select: "12rem", date: "10rem" };

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
  const columns = `${fields.map((f) => COLUMN[f.kind]).join(" ")} auto`;
  return (
    // Keyed by the current values: client-side navigation must not keep stale uncontrolled inputs.
    <form key={JSON.stringify(fields.map((f) => f.value))} role="search" aria-label={label} className="mb-4 grid gap-3 sm:items-end sm:[grid-template-columns:var(--filter-columns)]" style={{ ["--filter-columns" as string]: columns }}>
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
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

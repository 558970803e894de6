// A schema as a nested list of fields: name, type, whether required, allowed values, limits, description.
import type { FieldNode, SchemaNode } from "@/lib/docs/openapi-view";
import { anchorFor } from "@/lib/docs/openapi-view";
import { InlineCode } from "./inline-code";

function SchemaLink({ name }: { name: string }) {
  return (
    <a href={`#${anchorFor("schema", name)}`} className="underline decoration-dotted underline-offset-2 hover:text-primary">
      {name}
    </a>
  );
}

export function TypeLabel({ schema }: { schema: SchemaNode }) {
  if (schema.itemRef) {
    return (
      <span className="font-mono text-xs text-muted">
        {schema.type.slice(0, schema.type.length - schema.itemRef.length)}
        <SchemaLink name={schema.itemRef} />
        {schema.nullable ? " | null" : null}
      </span>
    );
  }
  const shape = schema.type !== "object" && schema.type !== schema.ref ? schema.type : null;
  return (
    <span className="font-mono text-xs text-muted">
      {schema.ref ? <SchemaLink name={schema.ref} /> : null}
      {schema.ref && shape ? " · " : null}
      {shape ?? (schema.ref ? null : schema.type)}
      {schema.nullable ? " | null" : null}
    </span>
  );
}

function Facts({ schema }: { schema: SchemaNode }) {
  return (
    <>
      {schema.description ? (
        <p className="mt-0.5 text-sm">
          <InlineCode text={schema.description} />
        </p>
      ) : null}
      {schema.enumValues?.length ? (
        <p className="mt-0.5 text-xs text-muted">
          {schema.enumValues.length === 1 ? "Value: " : "One of: "}
          <code className="rounded bg-surface-2 px-1 font-mono text-fg">{schema.enumValues.join(" | ")}</code>
        </p>
      ) : null}
      {schema.constraints.length ? <p className="mt-0.5 text-xs text-muted">{schema.constraints.join(" · ")}</p> : null}
    </>
  );
}

function Variants({ schema, depth }: { schema: SchemaNode; depth: number }) {
  if (!schema.variants.length) return null;
  return (
    <div className="mt-1">
      <p className="text-xs text-muted">{schema.variantKind === "anyOf" ? "Any of these shapes:" : "Exactly one of these shapes:"}</p>
      <ol className="mt-1 flex flex-col gap-1 border-l-2 border-border pl-3">
        {schema.variants.map((variant, index) => (
          <li key={index}>
            <span className="text-xs text-muted">Option {index + 1}: </span>
            <TypeLabel schema={variant} />
            <Facts schema={variant} />
            <SchemaBody schema={variant} depth={depth + 1} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Field({ field, depth }: { field: FieldNode; depth: number }) {
  return (
    <li className="py-1.5">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <code className="font-mono text-sm font-semibold">{field.name}</code>
        <TypeLabel schema={field.schema} />
        {field.required ? <span className="text-xs font-medium text-danger">required</span> : <span className="text-xs text-muted">optional</span>}
      </div>
      <Facts schema={field.schema} />
      <SchemaBody schema={field.schema} depth={depth + 1} />
    </li>
  );
}

/**
 * The fields and alternatives below a schema. Below the top, a named schema is a link to its entry
 * under Schemas instead of a copy: the page stays small enough to read (and for axe to check).
 */
export function SchemaBody({ schema, depth = 0 }: { schema: SchemaNode; depth?: number }) {
  if (depth > 8 || (depth > 0 && (schema.ref || schema.itemRef))) return null;
  return (
    <>
      {schema.fields.length ? (
        <ul className={depth ? "mt-1 border-l-2 border-border pl-3" : "divide-y divide-border"}>
          {schema.fields.map((field) => (
            <Field key={field.name} field={field} depth={depth} />
          ))}
        </ul>
      ) : null}
      <Variants schema={schema} depth={depth} />
    </>
  );
}

/** A schema with its own type line and facts, for request bodies, responses and the schema index. */
export function SchemaView({ schema }: { schema: SchemaNode }) {
  return (
    <div>
      <p>
        <TypeLabel schema={schema} />
      </p>
      <Facts schema={schema} />
      <SchemaBody schema={schema} />
    </div>
  );
}

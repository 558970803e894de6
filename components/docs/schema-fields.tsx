// A schema as a nested list of fields: name, type, whether required, allowed values, limits, description.
import type { FieldNode, SchemaNode } from "@/lib/docs/openapi-view";
import { anchorFor } from "@/lib/docs/openapi-view";
import { InlineCode } from "./inline-code";

export function TypeLabel({ schema }: { schema: SchemaNode }) {
  const shape = schema.type !== "object" && schema.type !== schema.ref ? schema.type : null;
  return (
    <span className="font-mono text-xs text-muted">
      {schema.ref ? (
        <a href={`#${anchorFor("schema", schema.ref)}`} className="underline decoration-dotted underline-offset-2 hover:text-primary">
          {schema.ref}
        </a>
      ) : null}
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
          {schema.enumValues.map((value, index) => (
            <span key={value}>
              {index ? ", " : null}
              <code className="rounded bg-surface-2 px-1 font-mono text-fg">{value}</code>
            </span>
          ))}
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

/** The fields and alternatives below a schema; deep trees stop at a link to the named schema. */
export function SchemaBody({ schema, depth = 0 }: { schema: SchemaNode; depth?: number }) {
  if (depth > 8) return null;
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

// One API operation: method and path, what it does, who may call it, its parameters, body and responses.
import { Table, Td, Th } from "@/components/ui/table";
import type { OperationView, ResponseView } from "@/lib/docs/openapi-view";
import { InlineCode } from "./inline-code";
import { MethodBadge } from "./method-badge";
import { SchemaBody, SchemaView, TypeLabel } from "./schema-fields";

function Access({ operation }: { operation: OperationView }) {
  if (operation.public) return <p className="text-sm text-muted">No credentials needed.</p>;
  const how = operation.schemes.length > 1 ? `${operation.schemes.join(" or ")}` : operation.schemes[0];
  return (
    <p className="text-sm text-muted">
      {operation.scopes.length ? (
        <>
          Requires scope{" "}
          {operation.scopes.map((scope, index) => (
            <span key={scope}>
              {index ? " or " : null}
              <code className="rounded bg-surface-2 px-1 font-mono text-fg">{scope}</code>
            </span>
          ))}
        </>
      ) : (
        "Requires credentials"
      )}
      {how ? ` (${how})` : null}.
    </p>
  );
}

function Parameters({ operation }: { operation: OperationView }) {
  if (!operation.parameters.length) return null;
  return (
    <section className="mt-4">
      <h4 className="mb-2 text-sm font-semibold">Parameters</h4>
      <Table label={`Parameters of ${operation.method} ${operation.path}`}>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>In</Th>
            <Th>Type</Th>
            <Th>Description</Th>
          </tr>
        </thead>
        <tbody>
          {operation.parameters.map((parameter) => (
            <tr key={`${parameter.in}:${parameter.name}`}>
              <Td>
                <code className="font-mono font-semibold">{parameter.name}</code>
                {parameter.required ? <span className="ml-2 text-xs font-medium text-danger">required</span> : null}
              </Td>
              <Td className="text-muted">{parameter.in}</Td>
              <Td>
                <TypeLabel schema={parameter.schema} />
                {parameter.schema.enumValues ? <div className="font-mono text-xs text-muted">{parameter.schema.enumValues.join(" | ")}</div> : null}
              </Td>
              <Td>{parameter.description ? <InlineCode text={parameter.description} /> : null}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function Response({ response }: { response: ResponseView }) {
  const tone = response.status.startsWith("2") ? "text-success" : response.status.startsWith("4") || response.status.startsWith("5") ? "text-danger" : "text-muted";
  const expandable = response.schema && !response.schema.ref && (response.schema.fields.length > 0 || response.schema.variants.length > 0);
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className={`font-mono text-sm font-semibold ${tone}`}>{response.status}</span>
        <span className="text-sm">
          <InlineCode text={response.description} />
        </span>
        {response.schema ? <TypeLabel schema={response.schema} /> : null}
        {response.contentType && response.contentType !== "application/json" ? <span className="font-mono text-xs text-muted">{response.contentType}</span> : null}
      </div>
      {expandable && response.schema ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">Fields of the {response.status} response</summary>
          <div className="mt-1 pl-3">
            <SchemaBody schema={response.schema} />
          </div>
        </details>
      ) : null}
    </li>
  );
}

export function Operation({ operation }: { operation: OperationView }) {
  const headingId = `${operation.id}-title`;
  return (
    <article id={operation.id} aria-labelledby={headingId} className="scroll-mt-20 rounded-lg border border-border bg-surface p-4">
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold">
        <MethodBadge method={operation.method} /> <code className="break-all font-mono">{operation.path}</code>
        {operation.deprecated ? <span className="text-xs font-normal text-warning">deprecated</span> : null}
      </h3>
      {operation.summary ? (
        <p className="mt-2 text-sm">
          <InlineCode text={operation.summary} />
        </p>
      ) : null}
      {operation.description ? (
        <p className="mt-1 text-sm text-muted">
          <InlineCode text={operation.description} />
        </p>
      ) : null}
      <div className="mt-2">
        <Access operation={operation} />
      </div>
      <Parameters operation={operation} />
      {operation.requestBody ? (
        <section className="mt-4">
          <h4 className="mb-1 text-sm font-semibold">
            Request body <span className="font-mono text-xs font-normal text-muted">{operation.requestBody.contentType}</span>
            {operation.requestBody.required ? <span className="ml-2 text-xs font-medium text-danger">required</span> : null}
          </h4>
          {operation.requestBody.description ? (
            <p className="text-sm text-muted">
              <InlineCode text={operation.requestBody.description} />
            </p>
          ) : null}
          {operation.requestBody.schema ? <SchemaView schema={operation.requestBody.schema} /> : null}
        </section>
      ) : null}
      {operation.responses.length ? (
        <section className="mt-4">
          <h4 className="text-sm font-semibold">Responses</h4>
          <ul className="divide-y divide-border">
            {operation.responses.map((response) => (
              <Response key={response.status} response={response} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

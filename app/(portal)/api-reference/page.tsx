import { ApiContents } from "@/components/docs/contents";
import { InlineCode } from "@/components/docs/inline-code";
import { Operation } from "@/components/docs/operation";
import { SchemaView } from "@/components/docs/schema-fields";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/api/openapi";
import { requirePageUser } from "@/lib/auth/session";
import { buildApiReference } from "@/lib/docs/openapi-view";

export const metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  await requirePageUser();
  const view = buildApiReference(openApiDocument());
  return (
    <div>
      <PageHeader
        title="API reference"
        description={`${view.title}${view.version ? ` v${view.version}` : ""}: every operation of Keel's REST API, from the OpenAPI document the server serves.`}
        actions={
          <a href="/api/v1/openapi.json" download="keel-openapi.json" className={buttonClasses("secondary")}>
            Download openapi.json
          </a>
        }
      />
      {view.description ? (
        <p className="mb-6 max-w-3xl text-sm leading-relaxed">
          <InlineCode text={view.description} />
        </p>
      ) : null}
      <div className="grid gap-6 wrap-anywhere lg:grid-cols-[19rem_minmax(0,1fr)]">
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <ApiContents view={view} />
        </div>
        <div className="flex min-w-0 flex-col gap-8">
          {view.groups.map((group) => (
            <section key={group.id} id={group.id} aria-labelledby={`${group.id}-title`} className="scroll-mt-20">
              <h2 id={`${group.id}-title`} className="mb-3 font-mono text-lg font-semibold">
                {group.name}
              </h2>
              <div className="flex flex-col gap-4">
                {group.operations.map((operation) => (
                  <Operation key={operation.id} operation={operation} />
                ))}
              </div>
            </section>
          ))}
          {view.schemas.length ? (
            <section id="schemas" aria-labelledby="schemas-title" className="scroll-mt-20">
              <h2 id="schemas-title" className="mb-3 text-lg font-semibold">
                Schemas
              </h2>
              <div className="flex flex-col gap-4">
                {view.schemas.map((schema) => (
                  <article key={schema.id} id={schema.id} aria-labelledby={`${schema.id}-title`} className="scroll-mt-20 rounded-lg border border-border bg-surface p-4">
                    <h3 id={`${schema.id}-title`} className="mb-1 font-mono text-base font-semibold">
                      {schema.name}
                    </h3>
                    {/* The entry's own name is its heading; a link to itself would say nothing. */}
                    <SchemaView schema={{ ...schema.schema, ref: undefined }} />
                  </article>
                ))}
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}

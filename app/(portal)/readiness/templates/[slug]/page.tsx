// One readiness template: the categories and items of its current version (or an older one), and its version history.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { TemplateContentView } from "@/components/readiness/template-content";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { loadTemplate, loadTemplateVersion } from "./_data";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const template = await loadTemplate((await params).slug);
  return { title: template ? `Template: ${template.name}` : "Readiness template" };
}

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string }> }) {
  const user = await requirePageUser();
  const { slug } = await params;
  const template = await loadTemplate(slug);
  if (!template) notFound();
  const asked = Number((await searchParams).version);
  const viewing = Number.isSafeInteger(asked) && asked > 0 && asked !== template.currentVersion ? await loadTemplateVersion(slug, asked) : undefined;
  const version = viewing?.version ?? template.currentVersion;
  const content = viewing?.content ?? template.content;
  const versionHref = (v: number) => (v === template.currentVersion ? `/readiness/templates/${slug}` : `/readiness/templates/${slug}?version=${v}`);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={`Template: ${template.name}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="info">{template.tier === null ? "Any tier" : `Tier ${template.tier}`}</Badge>
            <span>
              Showing version {version}
              {viewing ? ` (the current version is ${template.currentVersion})` : " (current)"}. {template.description}
            </span>
          </span>
        }
        actions={
          user.role === "admin" ? (
            <ButtonLink href={`/readiness/templates/${slug}/edit`}>
              <Pencil aria-hidden size={16} /> Edit
            </ButtonLink>
          ) : null
        }
      />
      {viewing ? (
        <p role="note" className="rounded-md border border-warning/50 bg-surface p-3 text-sm">
          This is version {viewing.version}, kept for the reviews that started from it.{" "}
          <Link href={versionHref(template.currentVersion)} className="text-primary underline">
            See the current version {template.currentVersion}
          </Link>
          .
        </p>
      ) : null}
      <TemplateContentView content={content} />
      <section aria-labelledby="versions" className="grid gap-2">
        <h2 id="versions" className="text-lg font-semibold">
          Version history
        </h2>
        <TableOrCards
          cards={
            <RowCards label="Template versions">
              {template.versions.map((v) => (
                <RowCard
                  key={v.version}
                  title={
                    <Link href={versionHref(v.version)} className="text-primary hover:underline" aria-current={v.version === version ? "page" : undefined}>
                      Version {v.version}
                    </Link>
                  }
                  fields={[
                    { label: "Saved", value: <FormattedTime iso={v.createdAt.toISOString()} /> },
                    { label: "By", value: v.createdByName ?? "Keel" },
                    { label: "What changed", value: v.note || "—" },
                  ]}
                />
              ))}
            </RowCards>
          }
        >
          <Table label="Template versions">
            <thead>
              <tr>
                <Th>Version</Th>
                <Th>Saved</Th>
                <Th>By</Th>
                <Th>What changed</Th>
              </tr>
            </thead>
            <tbody>
              {template.versions.map((v) => (
                <tr key={v.version}>
                  <Td>
                    <Link href={versionHref(v.version)} className="text-primary hover:underline" aria-current={v.version === version ? "page" : undefined}>
                      Version {v.version}
                    </Link>
                    {v.version === template.currentVersion ? <Badge className="ml-2">Current</Badge> : null}
                  </Td>
                  <Td>
                    <FormattedTime iso={v.createdAt.toISOString()} />
                  </Td>
                  <Td>{v.createdByName ?? "Keel"}</Td>
                  <Td>{v.note || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableOrCards>
      </section>
    </div>
  );
}

// Readiness templates: the checklists reviews start from, per service tier, with their current version.
import Link from "next/link";
import { Plus } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { EmptyState } from "@/components/ui/empty-state";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { listTemplates } from "@/lib/server/readiness/reads";

export const metadata = { title: "Readiness templates" };

export default async function TemplatesPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";
  return (
    <div>
      <PageHeader
        title="Readiness templates"
        description="The checklists readiness reviews start from. Each edit is a new version; a review keeps the version it started with."
        actions={
          <>
            <ButtonLink href="/readiness/reviews">Reviews</ButtonLink>
            {isAdmin ? (
              <ButtonLink href="/readiness/templates/new" variant="primary">
                <Plus aria-hidden size={16} /> New template
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <StreamedSection title="Readiness templates" fallback={<TableSkeleton label="readiness templates" />}>
        <TemplateList isAdmin={isAdmin} />
      </StreamedSection>
    </div>
  );
}

async function TemplateList({ isAdmin }: { isAdmin: boolean }) {
  const templates = await listTemplates();
  if (templates.length === 0) {
    return (
      <EmptyState title="No readiness templates yet" action={isAdmin ? <ButtonLink href="/readiness/templates/new" variant="primary">Create a template</ButtonLink> : null}>
        <p>A template lists what a service must show before launch — SLOs and alerting, on-call, runbooks, rollback, load and failure testing — grouped in categories.</p>
        <p>{isAdmin ? "Create one, with a stricter version for Tier 1 services." : "Ask an admin to create one."}</p>
      </EmptyState>
    );
  }
  const tier = (t: number | null) => (t === null ? "Any tier" : `Tier ${t}`);
  const link = (t: (typeof templates)[number]) => (
    <Link href={`/readiness/templates/${t.slug}`} className="font-medium text-primary hover:underline">
      {t.name}
    </Link>
  );
  return (
    <TableOrCards
      cards={
        <RowCards label="Readiness templates">
          {templates.map((t) => (
            <RowCard
              key={t.slug}
              title={link(t)}
              fields={[
                { label: "Tier", value: tier(t.tier) },
                { label: "Version", value: `v${t.currentVersion}` },
                { label: "Items", value: `${t.itemCount} (${t.requiredCount} required)` },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Readiness templates">
        <thead>
          <tr>
            <Th>Template</Th>
            <Th>Tier</Th>
            <Th>Current version</Th>
            <Th>Items</Th>
            <Th>Description</Th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.slug}>
              <Td>{link(t)}</Td>
              <Td>{tier(t.tier)}</Td>
              <Td className="tabular-nums">v{t.currentVersion}</Td>
              <Td className="tabular-nums">
                {t.itemCount} ({t.requiredCount} required)
              </Td>
              <Td className="text-muted">{t.description}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

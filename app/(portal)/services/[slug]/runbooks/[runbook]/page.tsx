// A runbook: its steps rendered from Markdown (safely: no raw HTML, http(s) links only), its link, and edit/delete for the team.
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunbookForm } from "@/components/incidents/runbook-form";
import { RunbookMarkdown } from "@/components/incidents/runbook-markdown";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { PageHeader } from "@/components/ui/page-header";
import { findRunbook } from "@/db/queries/runbooks";
import { findServiceBySlug } from "@/db/queries/services";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { deleteRunbookAction, updateRunbookAction } from "../actions";

type Params = { params: Promise<{ slug: string; runbook: string }> };

async function load(slug: string, runbookSlug: string) {
  const service = await findServiceBySlug(slug);
  const runbook = service ? await findRunbook(service.id, runbookSlug) : undefined;
  return service && runbook ? { service, runbook } : null;
}

export async function generateMetadata({ params }: Params) {
  const { slug, runbook } = await params;
  return { title: (await load(slug, runbook))?.runbook.title ?? "Runbook" };
}

export default async function RunbookPage({ params }: Params) {
  const { slug, runbook: runbookSlug } = await params;
  const user = await requirePageUser();
  const found = await load(slug, runbookSlug);
  if (!found) notFound();
  const { service, runbook } = found;
  const canEdit = canEditTeamResource(user, service.teamId);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={runbook.title}
        description={
          <>
            Runbook of{" "}
            <Link href={`/services/${service.slug}`} className="text-primary underline">
              {service.name}
            </Link>
            .
          </>
        }
        actions={
          canEdit ? (
            <ConfirmAction
              title={`Delete the runbook “${runbook.title}”?`}
              description="Its steps are lost, and alerts that link to it will find nothing."
              triggerLabel="Delete"
              confirmLabel="Delete runbook"
              pendingLabel="Deleting…"
              action={deleteRunbookAction.bind(null, service.slug, runbook.slug)}
            />
          ) : null
        }
      />
      {runbook.url ? (
        <p className="text-sm">
          <a href={runbook.url} className="inline-flex items-center gap-1 text-primary hover:underline [overflow-wrap:anywhere]" rel="noreferrer noopener" target="_blank">
            {runbook.url} <ExternalLink aria-hidden size={12} />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      <Card aria-label="Steps">
        {runbook.body.trim() ? <RunbookMarkdown body={runbook.body} /> : <p className="text-sm text-muted">The steps live at the link above.</p>}
      </Card>
      <p className="text-xs text-muted">
        Link alerts here with the annotation <code>runbook_url</code> set to this page&apos;s address.
      </p>
      {canEdit ? (
        <details className="rounded-md border border-border p-3">
          <summary className="cursor-pointer text-sm font-medium">Edit the runbook</summary>
          <div className="mt-3">
            <RunbookForm action={updateRunbookAction.bind(null, service.slug, runbook.slug)} mode="edit" initial={{ slug: runbook.slug, title: runbook.title, url: runbook.url ?? "", body: runbook.body }} />
          </div>
        </details>
      ) : null}
    </div>
  );
}

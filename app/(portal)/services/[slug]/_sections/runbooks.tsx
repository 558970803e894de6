// The service's runbooks, with the form that adds one for the service's team.
import { RunbookForm } from "@/components/incidents/runbook-form";
import { RunbookList } from "@/components/incidents/runbook-list";
import type { ServiceWithTeam } from "@/db/queries/services";
import { listRunbooks } from "@/db/queries/runbooks";
import { createRunbookAction } from "../runbooks/actions";

export async function ServiceRunbooks({ service, canEdit }: { service: ServiceWithTeam; canEdit: boolean }) {
  const runbooks = await listRunbooks([service.id]);
  return (
    <div className="grid gap-3">
      {runbooks.length ? (
        <RunbookList
          label={`Runbooks of ${service.name}`}
          showService={false}
          runbooks={runbooks.map((r) => ({ service: r.serviceSlug, serviceName: r.serviceName, slug: r.slug, title: r.title, url: r.url, hasBody: r.body.trim() !== "" }))}
        />
      ) : (
        <p className="text-sm text-muted">
          {canEdit ? "No runbooks yet. Add the steps responders follow for this service's usual failures; they show on its incidents." : "No runbooks yet. The service's team adds them."}
        </p>
      )}
      {canEdit ? (
        <details className="rounded-md border border-border p-3">
          <summary className="cursor-pointer text-sm font-medium">Add a runbook</summary>
          <div className="mt-3">
            <RunbookForm action={createRunbookAction.bind(null, service.slug)} mode="create" />
          </div>
        </details>
      ) : null}
    </div>
  );
}

import Link from "next/link";
import { listAuditEntities, listAuditEntries } from "@/db/queries/audit";
import { AuditChanges } from "@/components/settings/audit-changes";
import { FilterBar } from "@/components/ui/filter-bar";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { diffAudit } from "@/lib/settings/audit-diff";
import { parseAuditFilter } from "@/lib/settings/audit-filter";

export const metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("admin");
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const [{ entries, total }, entities] = await Promise.all([
    listAuditEntries({ ...filter, limit: PAGE_SIZE, offset: (filter.page - 1) * PAGE_SIZE }),
    listAuditEntities(),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/settings/audit?${query}`;
  };
  return (
    <div className="grid gap-4">
      <PageHeader title="Audit log" description="Every change made through the UI, the API and the CLI: who, what, when, and the values before and after." />
      <FilterBar
        label="Filter the audit log"
        idPrefix="audit"
        clearHref="/settings/audit"
        filtered={Boolean(params.actor || params.entity || params.from || params.to)}
        fields={[
          { kind: "search", name: "actor", label: "Actor", value: params.actor ?? "", placeholder: "Email, token:name or cli" },
          { kind: "select", name: "entity", label: "Entity", value: params.entity ?? "", options: [{ value: "", label: "All entities" }, ...entities.map((e) => ({ value: e, label: e }))] },
          { kind: "date", name: "from", label: "From (UTC)", value: params.from ?? "" },
          { kind: "date", name: "to", label: "To (UTC, inclusive)", value: params.to ?? "" },
        ]}
      />
      {filter.error ? <p className="text-sm text-danger">{filter.error}</p> : null}
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No changes match these filters.</p>
      ) : (
        // One card per entry: when, who and what on the left (above on a phone), its changes beside them, wrapping.
        <ol aria-label="Audit log entries" className="grid gap-3">
          {entries.map((entry) => (
            <li key={entry.id} className="grid gap-2 rounded-lg border border-border bg-surface p-3 text-sm lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] lg:gap-6">
              <div className="grid content-start gap-0.5">
                <p className="font-mono text-xs [overflow-wrap:anywhere]">{entry.action}</p>
                <p className="[overflow-wrap:anywhere]">
                  {entry.entity}
                  {entry.entityId ? <span className="text-muted"> · {entry.entityId}</span> : null}
                </p>
                <p className="text-xs text-muted [overflow-wrap:anywhere]">
                  <FormattedTime iso={entry.at.toISOString()} withSeconds /> · {entry.actorLabel} ({entry.actorKind})
                </p>
              </div>
              <AuditChanges changes={diffAudit(entry.before, entry.after, entry.entityId)} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Audit log pages" className="flex items-center justify-between text-sm">
        <span className="text-muted">
          Page {filter.page} of {pages} · {total} entries
        </span>
        <div className="flex gap-2">
          {filter.page > 1 ? <Link href={pageHref(filter.page - 1)} className="text-primary hover:underline">Newer</Link> : null}
          {filter.page < pages ? <Link href={pageHref(filter.page + 1)} className="text-primary hover:underline">Older</Link> : null}
        </div>
      </nav>
    </div>
  );
}

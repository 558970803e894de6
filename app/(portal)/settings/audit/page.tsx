import Link from "next/link";
import { listAuditEntities, listAuditEntries } from "@/db/queries/audit";
import { AuditChanges } from "@/components/settings/audit-changes";
import { FilterBar } from "@/components/ui/filter-bar";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
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
        <>
          {/* Phones: one card per entry, its changes wrapping under it. */}
          <ol aria-label="Audit log entries" className="grid gap-3 lg:hidden">
            {entries.map((entry) => (
              <li key={entry.id} className="grid gap-1 rounded-lg border border-border bg-surface p-3 text-sm">
                <p className="text-xs text-muted">
                  <FormattedTime iso={entry.at.toISOString()} withSeconds /> · {entry.actorLabel} ({entry.actorKind})
                </p>
                <p className="[overflow-wrap:anywhere]">
                  <span className="font-mono text-xs">{entry.action}</span> · {entry.entity}
                  {entry.entityId ? <span className="text-muted"> · {entry.entityId}</span> : null}
                </p>
                <AuditChanges changes={diffAudit(entry.before, entry.after)} />
              </li>
            ))}
          </ol>
          <div className="hidden lg:block">
            <Table label="Audit log entries">
              <caption className="sr-only">{total} entries</caption>
              <thead>
                <tr>
                  <Th>When</Th>
                  <Th>Actor</Th>
                  <Th>Action</Th>
                  <Th>Entity</Th>
                  <Th>Change</Th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <Td className="whitespace-nowrap">
                      <FormattedTime iso={entry.at.toISOString()} withSeconds />
                    </Td>
                    <Td>
                      {entry.actorLabel}
                      <div className="text-xs text-muted">{entry.actorKind}</div>
                    </Td>
                    <Td className="font-mono text-xs">{entry.action}</Td>
                    <Td>
                      {entry.entity}
                      {entry.entityId ? <span className="text-muted"> · {entry.entityId}</span> : null}
                    </Td>
                    <Td className="max-w-xl">
                      <AuditChanges changes={diffAudit(entry.before, entry.after)} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
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

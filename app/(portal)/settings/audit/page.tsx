import Link from "next/link";
import { listAuditEntities, listAuditEntries } from "@/db/queries/audit";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageRole } from "@/lib/auth/session";
import { parseAuditFilter } from "@/lib/settings/audit-filter";

export const metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

function describeChange(before: unknown, after: unknown): string {
  const show = (value: unknown) => (value == null ? "" : JSON.stringify(value));
  if (before && after) return `${show(before)} → ${show(after)}`;
  return show(after) || show(before);
}

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
      <form key={JSON.stringify(params)} role="search" aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem_10rem_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="actor" className="text-sm font-medium">
            Actor
          </label>
          <Input id="actor" name="actor" defaultValue={params.actor ?? ""} placeholder="Email, token:name or cli" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="entity" className="text-sm font-medium">
            Entity
          </label>
          <Select id="entity" name="entity" defaultValue={params.entity ?? ""}>
            <option value="">All entities</option>
            {entities.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="text-sm font-medium">
            From (UTC)
          </label>
          <Input id="from" name="from" type="date" defaultValue={params.from ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-sm font-medium">
            To (UTC, inclusive)
          </label>
          <Input id="to" name="to" type="date" defaultValue={params.to ?? ""} />
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          <ButtonLink href="/settings/audit" variant="ghost">
            Clear
          </ButtonLink>
        </div>
      </form>
      {filter.error ? <p className="text-sm text-danger">{filter.error}</p> : null}
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No changes match these filters.</p>
      ) : (
        <Table label="Audit log entries">
          <caption className="sr-only">{total} entries</caption>
          <thead>
            <tr>
              <Th>When</Th>
              <Th>Actor</Th>
              <Th>Action</Th>
              <Th>Entity</Th>
              <Th className="hidden lg:table-cell">Change</Th>
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
                <Td className="hidden max-w-lg lg:table-cell">
                  <code className="line-clamp-3 font-mono text-xs break-all text-muted">{describeChange(entry.before, entry.after)}</code>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
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

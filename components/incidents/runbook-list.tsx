// Runbooks as a list of links: to Keel's page of each (its steps) and to an outside URL when it has one.
import { ExternalLink } from "lucide-react";
import Link from "next/link";

export type RunbookLink = { service: string; serviceName: string; slug: string; title: string; url: string | null; hasBody: boolean };

export function RunbookList({ runbooks, label, showService }: { runbooks: RunbookLink[]; label: string; showService: boolean }) {
  return (
    <ul aria-label={label} className="grid gap-2 text-sm">
      {runbooks.map((r) => (
        <li key={`${r.service}/${r.slug}`} className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
          {r.hasBody || !r.url ? (
            <Link href={`/services/${r.service}/runbooks/${r.slug}`} className="font-medium text-primary underline [overflow-wrap:anywhere]">
              {r.title}
            </Link>
          ) : (
            <span className="font-medium [overflow-wrap:anywhere]">{r.title}</span>
          )}
          {r.url ? (
            <a href={r.url} className="inline-flex min-w-0 items-center gap-1 text-primary underline [overflow-wrap:anywhere]" rel="noreferrer noopener" target="_blank">
              {r.url.replace(/^https?:\/\//, "")} <ExternalLink aria-hidden size={12} />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : null}
          {showService ? <span className="text-xs text-muted">{r.serviceName}</span> : null}
        </li>
      ))}
    </ul>
  );
}

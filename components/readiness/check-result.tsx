// An automatic check on a review item: what it checks, its latest result and evidence, when it ran, and any override.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { AutomaticCheck, CheckEvidence, CheckResult } from "@/lib/readiness/types";
import { checkLabel } from "@/lib/readiness/view/checklist";

function EvidenceLink({ evidence }: { evidence: CheckEvidence }) {
  const href = evidence.href ?? "";
  // Keel's own pages open in place; other links only when they are http(s).
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link href={href} className="text-primary underline">
        {evidence.label}
      </Link>
    );
  }
  if (/^https?:\/\//i.test(href)) {
    return (
      <a href={href} target="_blank" rel="noreferrer noopener" className="text-primary underline">
        {evidence.label}
      </a>
    );
  }
  return <span>{evidence.label}</span>;
}

export function CheckResultPanel({ check, result, checkedAt, overrideReason }: { check: AutomaticCheck; result: CheckResult | null; checkedAt: string | null; overrideReason: string | null }) {
  return (
    <div className="grid gap-1 rounded-md border border-border bg-surface-2 p-3 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">Automatic check:</span> {checkLabel(check)}
        {result ? <Badge tone={result.status === "pass" ? "success" : "danger"}>{result.status === "pass" ? "Check passed" : "Check failed"}</Badge> : <Badge>Not evaluated yet</Badge>}
      </p>
      {result ? <p>{result.message}</p> : <p className="text-muted">Keel evaluates it when the review is opened.</p>}
      {result && result.evidence.length ? (
        <ul aria-label="Check evidence" className="flex flex-wrap gap-x-4 gap-y-1">
          {result.evidence.map((evidence, index) => (
            <li key={`${evidence.label}-${index}`}>
              <EvidenceLink evidence={evidence} />
            </li>
          ))}
        </ul>
      ) : null}
      {checkedAt ? (
        <p className="text-xs text-muted">
          Checked <FormattedTime iso={checkedAt} />
        </p>
      ) : null}
      {overrideReason ? (
        <p className="text-sm">
          <span className="font-medium">Overridden by a person:</span> {overrideReason}
        </p>
      ) : null}
    </div>
  );
}

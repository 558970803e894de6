// An audit entry's changes, one readable line per field (`target: 99.9% → 99.5%`), wrapping rather than cut off.
import type { AuditChange } from "@/lib/settings/audit-diff";

function Line({ change }: { change: AuditChange }) {
  switch (change.kind) {
    case "changed":
      return (
        <>
          {change.before} → {change.after}
        </>
      );
    case "added":
      return <>{change.after}</>;
    case "removed":
      return (
        <>
          {change.before} <span className="text-muted">(removed)</span>
        </>
      );
    case "secret":
      return <span className="text-muted">{change.change} (not shown)</span>;
  }
}

export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return <p className="text-xs text-muted">No field changed.</p>;
  return (
    <ul className="grid gap-0.5 text-xs">
      {changes.map((change) => (
        <li key={change.path} className="[overflow-wrap:anywhere]">
          <span className="font-mono text-muted">{change.path}</span>: <Line change={change} />
        </li>
      ))}
    </ul>
  );
}

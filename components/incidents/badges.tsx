// Severity, status, drill and overdue badges: words first, colour only as a second cue.
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { isOpen, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import type { IncidentStatus, Severity } from "@/lib/incidents/types";

const SEVERITY_TONES = { SEV1: "danger", SEV2: "warning", SEV3: "info", SEV4: "neutral" } as const;

export function SeverityBadge({ severity, name }: { severity: Severity; name?: string }) {
  return (
    <Badge tone={SEVERITY_TONES[severity]} title={name}>
      {severity}
      {name ? <span className="ml-1 font-normal">{name}</span> : null}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <Badge tone={status === "triggered" ? "danger" : isOpen(status) ? "warning" : "success"}>{STATUS_LABELS[status]}</Badge>;
}

export function DrillBadge({ large = false }: { large?: boolean }) {
  return (
    <Badge tone="info" className={cn("uppercase tracking-wide", large && "px-3 py-1 text-sm font-bold")}>
      Drill
    </Badge>
  );
}

export function OverdueBadge({ title }: { title?: string | null }) {
  return (
    <Badge tone="danger" title={title ?? undefined}>
      Overdue
    </Badge>
  );
}

import { Badge } from "@/components/ui/badge";

const STATUS: Record<string, { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  healthy: { label: "Healthy", tone: "success" },
  at_risk: { label: "At risk", tone: "warning" },
  breached: { label: "Breached", tone: "danger" },
  no_data: { label: "No data", tone: "neutral" },
};

const POLICY: Record<string, { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  normal: { label: "Normal", tone: "neutral" },
  warn: { label: "Warn", tone: "warning" },
  freeze: { label: "Freeze", tone: "danger" },
};

export function SloStatusBadge({ status }: { status: string }) {
  const { label, tone } = STATUS[status] ?? { label: status, tone: "neutral" as const };
  return <Badge tone={tone}>{label}</Badge>;
}

export function PolicyBadge({ state }: { state: string }) {
  const { label, tone } = POLICY[state] ?? { label: state, tone: "neutral" as const };
  return <Badge tone={tone}>{label}</Badge>;
}

// A drill's state, and the DRILL mark every page and notification of a drill carries.
import { Badge } from "@/components/ui/badge";

const TONES = { planned: "neutral", running: "warning", completed: "success", cancelled: "neutral" } as const;
const WORDS: Record<string, string> = { planned: "Planned", running: "Running", completed: "Completed", cancelled: "Cancelled" };

export function DrillStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONES[status as keyof typeof TONES] ?? "neutral"}>{WORDS[status] ?? status}</Badge>;
}

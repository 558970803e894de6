import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const TONES = { GET: "info", POST: "success", PUT: "warning", PATCH: "warning", DELETE: "danger" } as const;

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  const tone = TONES[method as keyof typeof TONES] ?? "neutral";
  return (
    <Badge tone={tone} className={cn("w-16 justify-center font-mono", className)}>
      {method}
    </Badge>
  );
}

import { Badge } from "@/components/ui/badge";
import type { ReviewStatus } from "@/lib/readiness/types";

/** A review's state in words: in review (blocked while a required item fails), approved, cancelled. */
export function ReviewStateBadge({ status, blocked = false }: { status: ReviewStatus; blocked?: boolean }) {
  if (status === "approved") return <Badge tone="success">Approved</Badge>;
  if (status === "cancelled") return <Badge>Cancelled</Badge>;
  return blocked ? <Badge tone="warning">In review · blocked</Badge> : <Badge tone="info">In review</Badge>;
}

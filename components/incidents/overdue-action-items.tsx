// A small link to the overdue action items, for the incident log: shows only when some are overdue.
import Link from "next/link";
import { AlertTriangle } from "lucide-react";

export function OverdueActionItems({ count, team }: { count: number; team?: string }) {
  if (count === 0) return null;
  const href = team ? `/action-items?team=${encodeURIComponent(team)}` : "/action-items";
  return (
    <Link href={href} className="inline-flex items-center gap-2 rounded-md border border-warning/40 px-3 py-1.5 text-sm text-warning underline">
      <AlertTriangle aria-hidden size={16} />
      {count === 1 ? "1 overdue action item" : `${count} overdue action items`}
    </Link>
  );
}

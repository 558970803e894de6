// A review's progress: passed of applicable items as a bar with its words, for the review page and the review list.
import { progressText, type Progress } from "@/lib/readiness/view/checklist";
import { cn } from "@/components/ui/cn";

export function ReviewProgress({ progress, label = "Review progress", compact = false }: { progress: Progress; label?: string; compact?: boolean }) {
  const text = progressText(progress);
  return (
    <div className={cn("grid gap-1", compact ? "min-w-32" : "")}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.applicable}
        aria-valuenow={progress.passed}
        aria-valuetext={text}
        className={cn("w-full overflow-hidden rounded-full bg-surface-2", compact ? "h-2" : "h-3")}
      >
        <div className="h-full rounded-full bg-success transition-[width]" style={{ width: `${progress.percent}%` }} />
      </div>
      <p className={cn("text-muted tabular-nums", compact ? "text-xs" : "text-sm")}>{text}</p>
    </div>
  );
}

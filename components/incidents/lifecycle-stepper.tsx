// The lifecycle as an ordered list: each step's time, and how long after the start it was reached.
import { Check, Circle, CircleDot, Minus } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { Step } from "@/lib/incidents/view/stepper";

const STATE_WORDS = { done: "done", current: "current step", skipped: "skipped", upcoming: "not yet" } as const;
const ICONS = { done: Check, current: CircleDot, skipped: Minus, upcoming: Circle } as const;

export function LifecycleStepper({ steps }: { steps: Step[] }) {
  return (
    <ol aria-label="Lifecycle" className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {steps.map((step) => {
        const Icon = ICONS[step.state];
        return (
          <li
            key={step.status}
            aria-current={step.state === "current" ? "step" : undefined}
            className={cn(
              "rounded-lg border p-2 text-sm",
              step.state === "current" ? "border-primary bg-surface" : "border-border",
              step.state === "upcoming" || step.state === "skipped" ? "text-muted" : "",
            )}
          >
            <div className="flex items-center gap-1.5 font-medium">
              <Icon aria-hidden size={14} />
              {step.label}
              <span className="sr-only">({STATE_WORDS[step.state]})</span>
            </div>
            <div className="mt-0.5 text-xs">
              {step.at ? (
                <>
                  <FormattedTime iso={step.at.toISOString()} />
                  {step.afterStart ? <span className="text-muted"> · {step.afterStart}</span> : null}
                </>
              ) : (
                <span className="text-muted">{step.state === "skipped" ? "Skipped" : "—"}</span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

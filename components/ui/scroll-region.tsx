"use client";
// A box that scrolls sideways when its content is wider, and says so: shadows at the hidden edges and a line above it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // One pixel of slack: sub-pixel widths round differently in the two measurements.
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="grid min-w-0 gap-1">
      {overflows ? (
        // The region's name already tells screen readers; this line is for eyes.
        <p aria-hidden className="text-right text-xs text-muted">
          Scroll sideways for more columns →
        </p>
      ) : null}
      <div ref={ref} role="region" aria-label={`${label} (scrolls sideways)`} tabIndex={0} data-overflows={overflows || undefined} className={cn("scroll-cue w-full overflow-x-auto", className)}>
        {children}
      </div>
    </div>
  );
}

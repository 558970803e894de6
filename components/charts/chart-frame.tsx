"use client";
// The frame every chart shares: an h3 title, the chart as one labelled image, a legend and a data table for screen readers.
import { useId, useState, type ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import type { AlertSpan, DeployMarker, IncidentSpan, TimeRange } from "@/lib/slo/view/chart-data";
import { formatMinutes } from "@/lib/slo/format";
import { formatInstant } from "./time-axis";

export type LegendItem = { label: string; color: string; kind: "line" | "dashed" | "area" | "marker" };

export type ChartTable = { caption: string; columns: string[]; rows: { key: string | number; cells: string[] }[] };

type ChartFrameProps = {
  title: string;
  /** What the chart shows, in one or two sentences: the chart's accessible name. */
  summary: string;
  legend: LegendItem[];
  table: ChartTable;
  children: ReactNode;
};

export function ChartFrame({ title, summary, legend, table, children }: ChartFrameProps) {
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-title`} className="grid min-w-0 gap-3 rounded-lg border border-border bg-surface p-4">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h3>
      {/* The SVG is one image to assistive technology; its summary names it, and the table below holds the numbers. */}
      <div role="img" aria-label={summary} className="h-64 w-full min-w-0 sm:h-72">
        {children}
      </div>
      <ChartLegend items={legend} />
      <DataTable table={table} />
    </figure>
  );
}

function LegendSwatch({ item }: { item: LegendItem }) {
  if (item.kind === "area") return <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border" style={{ background: item.color, borderColor: item.color, opacity: 0.35 }} />;
  if (item.kind === "marker") {
    return (
      <svg aria-hidden="true" width="20" height="12" viewBox="0 0 20 12">
        <line x1="10" y1="0" x2="10" y2="12" stroke={item.color} strokeWidth="1.5" strokeDasharray="3 2" />
      </svg>
    );
  }
  return (
    <svg aria-hidden="true" width="20" height="12" viewBox="0 0 20 12">
      <line x1="0" y1="6" x2="20" y2="6" stroke={item.color} strokeWidth="2" strokeDasharray={item.kind === "dashed" ? "5 3" : undefined} />
    </svg>
  );
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <LegendSwatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ table }: { table: ChartTable }) {
  // Rendered only while open: a 30-day range has ~200 rows per chart, which nobody needs in the DOM unasked.
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-muted hover:text-fg">Show the data as a table ({table.rows.length} rows)</summary>
      {isOpen ? (
        <div className="mt-2 max-h-80 overflow-y-auto">
          <Table label={table.caption}>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <Th key={column}>{column}</Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) => (
                    <Td key={table.columns[i]} className={i > 0 ? "tabular-nums" : undefined}>
                      {cell}
                    </Td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : null}
    </details>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** " Marked: 2 alert episodes, 1 deployment." for a chart's summary, or "" when nothing is marked. */
export function overlaySummary(spans: readonly AlertSpan[], deploys: readonly DeployMarker[], incidents: readonly IncidentSpan[] = []): string {
  const parts = [spans.length ? count(spans.length, "alert episode") : null, deploys.length ? count(deploys.length, "deployment") : null, incidents.length ? count(incidents.length, "incident") : null].filter(Boolean);
  return parts.length ? ` Marked: ${parts.join(", ")}.` : "";
}

/** "30 days to 1 Dec 2026, 14:00" for a chart's summary: true of presets and of custom ranges in the past. */
export function describeRange(range: TimeRange): string {
  return `${formatMinutes((range.toMs - range.fromMs) / 60_000)} to ${formatInstant(range.toMs)}`;
}

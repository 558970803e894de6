"use client";
// The SLO page's charts: a time-range picker over SLI, error budget and burn-rate charts, with alert spans and deploy markers.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { BudgetChart } from "@/components/charts/budget-chart";
import { BurnRateChart, burnWindowsOf, type ChartAlertWindow } from "@/components/charts/burn-rate-chart";
import { SliChart } from "@/components/charts/sli-chart";
import { TimeRangePicker } from "@/components/charts/time-range-picker";
import { formatInstant } from "@/components/charts/time-axis";
import { useMinuteClock } from "@/components/charts/use-minute-clock";
import { Button } from "@/components/ui/button";
import {
  alertSpans,
  chooseStepMs,
  currentWindow,
  deployMarkers,
  incidentSpans,
  hasSliData,
  maxCustomRangeMs,
  resolveRange,
  toChartRows,
  type AlertSpan,
  type DeployMarker,
  type IncidentSpan,
  type RangeSelection,
  type TimeRange,
} from "@/lib/slo/view/chart-data";
import { formatBurnRate, formatMinutes } from "@/lib/slo/format";
import { fetchSloHistory, fetchSloSeries, HttpError, selectionOfKey, sloQueryKeys } from "@/lib/slo/queries";

export type SloChartsProps = {
  slug: string;
  /** Start of the SLO's current window (windowBounds(...).fromMs). */
  windowStartIso: string;
  /** End of the current window: start + periodDays (now for a rolling window, the period's end for a calendar one). */
  windowEndIso: string;
  /** The SLO's target as a fraction, e.g. 0.999. */
  target: number;
  /** The SLO's burn-rate alerts with their current thresholds (the status's `alerts`). */
  alertWindows: ChartAlertWindow[];
};

// A 4xx will not fix itself on retry; network and server errors might.
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof HttpError && error.status < 500) return false;
  return failureCount < 2;
}

function selectionKeyOf(selection: RangeSelection): string {
  return selection.kind === "custom" ? `custom:${selection.fromMs}-${selection.toMs}` : selection.kind;
}

function Problem({ message, onRetry, isRetrying }: { message: string; onRetry: () => void; isRetrying: boolean }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-danger/40 bg-surface p-4 text-sm">
      <p className="text-danger">{message}</p>
      <Button variant="secondary" size="sm" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}

export function SloCharts({ slug, windowStartIso, windowEndIso, target, alertWindows }: SloChartsProps) {
  const headingId = useId();
  const sloWindow = useMemo(() => ({ startMs: Date.parse(windowStartIso), endMs: Date.parse(windowEndIso) }), [windowStartIso, windowEndIso]);
  const [selection, setSelection] = useState<RangeSelection>({ kind: "window" });
  // Null until hydrated: the range depends on the viewer's clock, and the server must render the same markup.
  const nowMs = useMinuteClock();
  const range = nowMs === null ? null : resolveRange(selection, sloWindow, nowMs);
  const selectionKey = selectionKeyOf(selection);
  const stepMinutes = range ? chooseStepMs(range.toMs - range.fromMs) / 60_000 : 0;

  // Preset ranges end at the current minute, so their keys change every minute: that is the 60 s refresh.
  // A custom range's key never changes, so it polls instead.
  const series = useQuery({
    queryKey: sloQueryKeys.series(slug, selectionKey, range, stepMinutes),
    queryFn: ({ signal }) => fetchSloSeries(slug, range!, stepMinutes, signal),
    enabled: range !== null,
    // Keep the previous minute's charts up while a sliding range refetches, but not across a change of range.
    placeholderData: (previous, previousQuery) => (selectionOfKey(previousQuery?.queryKey) === selectionKey ? previous : undefined),
    refetchInterval: selection.kind === "custom" ? 60_000 : false,
    retry: shouldRetry,
  });
  const history = useQuery({
    queryKey: sloQueryKeys.history(slug, selectionKey, range),
    queryFn: ({ signal }) => fetchSloHistory(slug, range!, signal),
    enabled: range !== null,
    placeholderData: (previous, previousQuery) => (selectionOfKey(previousQuery?.queryKey) === selectionKey ? previous : undefined),
    refetchInterval: selection.kind === "custom" ? 60_000 : false,
    retry: shouldRetry,
  });

  const burnWindows = useMemo(() => burnWindowsOf(alertWindows), [alertWindows]);
  const shown = useMemo(() => {
    if (!series.data) return null;
    // The range the data was computed for (a placeholder may lag the clock by a minute).
    const shownRange: TimeRange = { fromMs: Date.parse(series.data.from), toMs: Date.parse(series.data.to) };
    return {
      range: shownRange,
      hasData: hasSliData(series.data.points),
      rows: toChartRows(series.data.points, burnWindows, currentWindow(sloWindow, shownRange.toMs)),
    };
  }, [series.data, burnWindows, sloWindow]);
  const overlays = useMemo(() => {
    if (!shown || !history.data) return { spans: [], deploys: [], incidents: [] };
    return {
      spans: alertSpans(history.data.alerts, shown.range),
      deploys: deployMarkers(history.data.deployments, shown.range),
      // A response cached before incidents were part of it has none.
      incidents: incidentSpans(history.data.incidents ?? [], shown.range),
    };
  }, [shown, history.data]);

  let body;
  if (!shown) {
    if (series.isError) {
      body = <Problem message={series.error.message} onRetry={() => void series.refetch()} isRetrying={series.isFetching} />;
    } else {
      body = (
        <div role="status" className="grid h-64 place-items-center rounded-lg border border-dashed border-border bg-surface text-sm text-muted">
          {range ? `Loading ${formatMinutes((range.toMs - range.fromMs) / 60_000)} of data…` : "Loading chart data…"}
        </div>
      );
    }
  } else if (!shown.hasData) {
    body = (
      <div className="rounded-lg border border-dashed border-border bg-surface p-8 text-center">
        <h3 className="text-base font-semibold">No SLI data in this range</h3>
        <p className="mx-auto mt-2 max-w-xl text-sm text-muted">
          Nothing was recorded between {formatInstant(shown.range.fromMs)} and {formatInstant(shown.range.toMs)}. Pick a longer range, or check that data is arriving (pushed to{" "}
          <code className="font-mono">POST /api/v1/sli</code> or read from Prometheus).
        </p>
      </div>
    );
  } else {
    const syncId = `slo-${slug}`;
    const chartProps = { rows: shown.rows, range: shown.range, spans: overlays.spans, deploys: overlays.deploys, incidents: overlays.incidents, syncId };
    body = (
      <div className="grid gap-4">
        {series.isError ? <Problem message={series.error.message} onRetry={() => void series.refetch()} isRetrying={series.isFetching} /> : null}
        {history.isError ? (
          <Problem
            message={`${history.error.message} ${history.data ? "The alert spans and deploy markers shown may be out of date." : "The charts are shown without alert spans and deploy markers."}`}
            onRetry={() => void history.refetch()}
            isRetrying={history.isFetching}
          />
        ) : null}
        {history.data?.truncated ? <p className="text-sm text-muted">This range holds more than 1,000 alerts, deployments or policy changes; only the most recent are marked.</p> : null}
        <SliChart {...chartProps} target={target} />
        <BudgetChart {...chartProps} />
        <BurnRateChart {...chartProps} alertWindows={alertWindows} />
        {history.data ? <OverlayList spans={overlays.spans} deploys={overlays.deploys} incidents={overlays.incidents} /> : history.isPending ? <p className="text-sm text-muted">Loading alerts and deployments…</p> : null}
      </div>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={!shown && !series.isError} className="grid gap-4">
      <h2 id={headingId} className="text-lg font-semibold">
        Trends
      </h2>
      <TimeRangePicker selection={selection} displayedRange={shown?.range ?? range} maxRangeMs={maxCustomRangeMs(sloWindow)} onChange={setSelection} />
      {body}
    </section>
  );
}

/** The spans and markers as text: they are only colours and lines in the charts. */
function OverlayList({ spans, deploys, incidents }: { spans: readonly AlertSpan[]; deploys: readonly DeployMarker[]; incidents: readonly IncidentSpan[] }) {
  return (
    <details className="rounded-lg border border-border bg-surface p-4 text-sm">
      <summary className="cursor-pointer font-medium">
        Alerts, incidents and deployments in this range ({spans.length} alert episode{spans.length === 1 ? "" : "s"}, {incidents.length} incident{incidents.length === 1 ? "" : "s"}, {deploys.length} deployment
        {deploys.length === 1 ? "" : "s"})
      </summary>
      <div className="mt-3 grid gap-4 sm:grid-cols-3">
        <div>
          <h3 className="font-medium">Alert episodes</h3>
          {spans.length ? (
            <ul className="mt-1 grid gap-1">
              {spans.map((span) => (
                <li key={span.key}>
                  {span.label}: fired {formatInstant(span.firedAtMs)}, {span.resolvedAtMs === null ? "still firing" : `resolved ${formatInstant(span.resolvedAtMs)}`}, peak {formatBurnRate(span.peakBurnRate)} (threshold{" "}
                  {formatBurnRate(span.threshold)})
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-muted">No burn-rate alert fired in this range.</p>
          )}
        </div>
        <div>
          <h3 className="font-medium">Incidents</h3>
          {incidents.length ? (
            <ul className="mt-1 grid gap-1">
              {incidents.map((incident) => (
                <li key={incident.key}>
                  <Link href={`/incidents/${incident.number}`} className="text-primary hover:underline">
                    #{incident.number}
                  </Link>
                   ({incident.severity}) {incident.title}, {formatInstant(incident.x1)} to {incident.isOpen ? "now" : formatInstant(incident.x2)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-muted">No incident of this service in this range.</p>
          )}
        </div>
        <div>
          <h3 className="font-medium">Deployments</h3>
          {deploys.length ? (
            <ul className="mt-1 grid gap-1">
              {deploys.map((deploy) => (
                <li key={deploy.key}>
                  {formatInstant(deploy.atMs)}: <span className="font-mono">{deploy.version}</span>
                  {deploy.description ? <span className="text-muted"> — {deploy.description}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-muted">No deployments in this range.</p>
          )}
        </div>
      </div>
    </details>
  );
}

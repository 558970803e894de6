// Headline figures: the data-missing note, SLI, budget, plain words, forecast, and the policy with its reasons.
import type { SloRecord } from "@/db/queries/slos";
import { windowOf } from "@/db/queries/slos";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { decimalsFor, describeAllowance, formatCount, formatMinutes, formatPercent, formatTarget } from "@/lib/slo/format";
import { forecastWords, overspendWords } from "@/lib/slo/words";
import { loadRecovery, loadSloStatus } from "../_data";
import { isoOrNull, periodWordsOf } from "./shared";

export async function SloFigures({ record }: { record: SloRecord }) {
  const { status } = await loadSloStatus(record.slug);
  const decimals = decimalsFor(record.target);
  const window = windowOf(record);
  const period = periodWordsOf(window, status);
  const lastDataAt = isoOrNull(status.lastDataAtMs);
  const hasData = status.sli !== null;
  const spent = hasData && status.errorBudget.remaining <= 0;
  const overspend = overspendWords({
    window,
    windowStartMs: status.windowFromMs,
    atMs: status.atMs,
    errorBudget: status.errorBudget,
    periodBudget: status.periodBudget,
    hasData,
    badEvents: status.budget.badEvents,
    allowedBadEvents: status.budget.allowedBadEvents,
    badEventNoun: status.budget.badEventNoun,
    recoveryAtMs: spent && window.kind === "rolling" ? await loadRecovery(record.slug) : null,
  });
  const forecast = forecastWords({
    window,
    target: record.target,
    hasData,
    remaining: status.errorBudget.remaining,
    periodDays: status.periodDays,
    burnRate1h: status.burnRates["1h"],
    burnRate1d: status.burnRates["1d"],
    atMs: status.atMs,
  });
  return (
    <>
      {status.stale ? (
        <p role="status" className="-mt-3 max-w-3xl rounded-md border border-warning/40 p-3 text-sm">
          <strong>Data missing:</strong> no SLI data {lastDataAt ? <>since <FormattedTime iso={lastDataAt} /></> : "yet"}, longer than this SLO&apos;s limit of{" "}
          {status.staleAfterMinutes} minutes. The figures below stop at the last data; alerts show &ldquo;unknown&rdquo; and a page freeze stays until fresh data resolves it.
        </p>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card aria-labelledby="h-sli">
          <CardTitle id="h-sli" className="text-sm font-medium text-muted">
            SLI vs target
          </CardTitle>
          <p className="mt-1 text-2xl font-semibold tabular-nums">{formatPercent(status.sli, decimals)}</p>
          <p className="text-sm text-muted">target {formatTarget(record.target)}</p>
        </Card>
        <Card aria-labelledby="h-budget">
          <CardTitle id="h-budget" className="text-sm font-medium text-muted">
            {period ? "Period budget" : "Error budget left"}
          </CardTitle>
          {period ? (
            <>
              <p className={`mt-1 text-lg font-semibold ${status.periodBudget.remaining <= 0 ? "text-danger" : ""}`}>{period.lead}</p>
              <p className="text-sm text-muted">{period.soFar}</p>
            </>
          ) : (
            <>
              <p className={`mt-1 text-2xl font-semibold tabular-nums ${status.errorBudget.remaining <= 0 ? "text-danger" : ""}`}>{formatPercent(status.errorBudget.remaining, 1)}</p>
              <p className="text-sm text-muted">{formatPercent(status.errorBudget.consumed, 1)} consumed</p>
            </>
          )}
        </Card>
        <Card aria-labelledby="h-words">
          <CardTitle id="h-words" className="text-sm font-medium text-muted">
            In plain words
          </CardTitle>
          {overspend ? (
            <>
              <p className="mt-1 text-sm font-medium">{overspend.lead}</p>
              <p className="mt-1 text-xs text-muted">{overspend.detail}</p>
            </>
          ) : (
            <>
              <p className="mt-1 text-sm">
                {record.sliKind === "availability" ? (
                  <>
                    <strong>{formatMinutes(status.budget.fullOutageMinutesLeft)}</strong> of full outage left in this window.{" "}
                  </>
                ) : null}
                ≈ <strong>{formatCount(status.budget.remainingBadEvents)}</strong> {status.budget.badEventNoun} left.
              </p>
              <p className="mt-1 text-xs text-muted">{describeAllowance(record.target, status.periodDays)}.</p>
            </>
          )}
        </Card>
        <Card aria-labelledby="h-forecast">
          <CardTitle id="h-forecast" className="text-sm font-medium text-muted">
            Forecast
          </CardTitle>
          <p className="mt-1 text-sm">{forecast}</p>
        </Card>
      </div>
    </>
  );
}

/** Why deploys are or are not held back; shares the status read with the figures. */
export async function SloPolicy({ record }: { record: SloRecord }) {
  const { status } = await loadSloStatus(record.slug);
  const warmUpUntil = isoOrNull(status.warmUpUntilMs);
  return (
    <Card aria-labelledby="h-policy">
      <CardTitle id="h-policy">Error budget policy</CardTitle>
      {warmUpUntil ? (
        <p className="mt-2 rounded-md border border-border p-3 text-sm">
          <Badge tone="neutral">warm-up</Badge> In warm-up until <FormattedTime iso={warmUpUntil} />: this SLO is new, so its policy below is advisory and does not close the
          deploy gate of {record.serviceName}.
        </p>
      ) : null}
      {status.policy.reasons.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {status.policy.reasons.map((reason) => (
            <li key={reason.rule}>
              <Badge tone={reason.state === "freeze" ? "danger" : "warning"}>{reason.state}</Badge> {reason.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">Normal: no policy rule applies. Deploys of {record.serviceName} are not held back by this SLO.</p>
      )}
    </Card>
  );
}

import { nowMs } from "@/lib/clock";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listDeployments } from "@/db/queries/deploys";
import { listAlertEvents, listDataGaps, listPolicyEvents } from "@/db/queries/slo-history";
import { getSloStatus, listSloStatuses } from "@/db/queries/slo-status";
import { windowOf } from "@/db/queries/slos";
import { PolicyBadge, SloStatusBadge } from "@/components/slo/status-badge";
import { periodBudgetWords } from "@/lib/slo/period";
import type { SloStatusResult } from "@/lib/slo/status";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/session";
import { canEditTeamResource } from "@/lib/access/roles";
import { countSliMinutes } from "@/db/queries/sli";
import { DeleteSloButton } from "@/components/slo/delete-slo-button";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { SloCharts } from "@/components/slo/slo-charts";
import { BurnRateAlerts } from "@/components/slo/burn-rate-alerts";
import { DataGaps } from "@/components/slo/data-gaps";
import { windowBounds } from "@/lib/slo/windows";
import { deleteSloAction, reviewSloAction } from "../actions";
import { listReviews } from "@/db/queries/reviews";
import { ReviewForm } from "@/components/slo/review-form";
import { reviewDueAt } from "@/lib/slo/review";
import { decimalsFor, describeAllowance, describeWindow, formatBurnRate, formatCount, formatMinutes, formatPercent, formatTarget } from "@/lib/slo/format";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const found = await getSloStatus((await params).slug, nowMs());
  return { title: found?.record.name ?? "SLO" };
}

const METHOD_LABELS: Record<string, string> = { occurrences: "occurrences", timeslices: "timeslices", ratioTimeslices: "ratio of timeslices" };
const NOUNS: Record<string, string> = { availability: "failed requests", latency: "slow requests", ratio: "bad events" };

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function periodWordsOf(window: ReturnType<typeof windowOf>, status: SloStatusResult) {
  return periodBudgetWords({ window, windowStartMs: status.windowFromMs, atMs: status.atMs, errorBudget: status.errorBudget, periodBudget: status.periodBudget, hasData: status.sli !== null });
}

export default async function SloPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const now = nowMs();
  const found = await getSloStatus((await params).slug, now);
  if (!found) notFound();
  const { record, status } = found;
  const canEdit = canEditTeamResource(user, record.teamId);
  const [alertHistory, policyHistory, deployments, minutesStored, dataGaps] = await Promise.all([
    listAlertEvents(record.id, new Date(now - 30 * 86_400_000)),
    listPolicyEvents(record.id, 20),
    listDeployments(record.serviceId, new Date(now - 30 * 86_400_000), 10),
    canEdit ? countSliMinutes(record.id) : Promise.resolve(0),
    listDataGaps(record.id, new Date(now - 30 * 86_400_000)),
  ]);
  const reviews = await listReviews(record.id);
  const segments = record.segment ? (await listSloStatuses(now, { service: record.serviceSlug })).filter((s) => s.record.segment && s.record.sliKind === record.sliKind) : [];
  const dueAt = reviewDueAt(reviews[0]?.reviewedAt.getTime() ?? null, record.createdAt.getTime(), record.reviewCadenceDays);
  const reviewDue = dueAt <= now;
  const decimals = decimalsFor(record.target);
  const window = windowOf(record);
  const bounds = windowBounds(window, now);
  const period = periodWordsOf(window, status);
  const lastDataAt = isoOrNull(status.lastDataAtMs);
  const kindLabel = record.sliKind === "latency" ? `requests faster than ${record.latencyThresholdMs} ms` : record.sliKind === "availability" ? "successful requests" : "good events";
  return (
    <div className="grid gap-6">
      <PageHeader
        title={record.name}
        description={
          <>
            <Link href={`/services/${record.serviceSlug}`} className="text-primary underline">
              {record.serviceName}
            </Link>{" "}
            · {record.teamName} · {formatTarget(record.target)} of {kindLabel} over a {describeWindow(window)} window
            {record.segment ? ` · segment ${record.segment}` : ""}
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <SloStatusBadge status={status.status} stale={status.stale} lastDataAt={lastDataAt} />
            <PolicyBadge state={status.policy.state} />
            <a href={`/api/v1/slos/${record.slug}/openslo`} download={`${record.slug}.openslo.yaml`} className={buttonClasses("secondary")}>
              Export OpenSLO
            </a>
            {canEdit ? (
              <>
                <ButtonLink href={`/slos/${record.slug}/edit`}>Edit</ButtonLink>
                <DeleteSloButton name={record.name} minutes={minutesStored} action={deleteSloAction.bind(null, record.slug)} />
              </>
            ) : null}
          </div>
        }
      />
      {record.description ? <p className="-mt-3 max-w-3xl text-sm text-muted">{record.description}</p> : null}
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
          <p className="mt-1 text-sm">
            {record.sliKind === "availability" ? (
              <>
                <strong>{formatMinutes(status.budget.fullOutageMinutesLeft)}</strong> of full outage left in this window.{" "}
              </>
            ) : null}
            ≈ <strong>{formatCount(status.budget.remainingBadEvents)}</strong> {NOUNS[record.sliKind]} left.
          </p>
          <p className="mt-1 text-xs text-muted">{describeAllowance(record.target, status.periodDays)}.</p>
        </Card>
        <Card aria-labelledby="h-forecast">
          <CardTitle id="h-forecast" className="text-sm font-medium text-muted">
            Forecast
          </CardTitle>
          <p className="mt-1 text-sm">
            {status.forecast.exhaustionAtMs !== null ? (
              <>
                At the current burn rate the budget runs out on{" "}
                <strong>
                  <FormattedTime iso={new Date(status.forecast.exhaustionAtMs).toISOString()} />
                </strong>{" "}
                (in {Number(status.forecast.daysLeft!.toFixed(1))} days).
              </>
            ) : status.errorBudget.remaining <= 0 ? (
              "The budget is already spent."
            ) : status.sli === null ? (
              "No data yet, so no forecast."
            ) : (
              "Nothing burned in the last day: the budget is not running out."
            )}
          </p>
        </Card>
      </div>

      {segments.length > 1 ? (
        <section aria-labelledby="h-segments" className="grid gap-2">
          <h2 id="h-segments" className="text-lg font-semibold">
            Segments side by side
          </h2>
          <p className="text-sm text-muted">The same service&apos;s SLOs for each segment, so premium and standard can be compared at a glance.</p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {segments.map(({ record: segment, status: segmentStatus }) => (
              <Card key={segment.slug} aria-labelledby={`segment-${segment.slug}`} className={segment.slug === record.slug ? "border-primary" : undefined}>
                <CardTitle id={`segment-${segment.slug}`} className="text-sm">
                  <Link href={`/slos/${segment.slug}`} className="text-primary hover:underline">
                    {segment.segment}
                  </Link>{" "}
                  <span className="font-normal text-muted">· {segment.name}</span>
                </CardTitle>
                <dl className="mt-2 grid grid-cols-2 gap-y-1 text-sm">
                  <dt className="text-muted">SLI / target</dt>
                  <dd className="tabular-nums">
                    {formatPercent(segmentStatus.sli, decimalsFor(segment.target))} / {formatTarget(segment.target)}
                  </dd>
                  <dt className="text-muted">Budget</dt>
                  <dd className="tabular-nums">{periodWordsOf(windowOf(segment), segmentStatus)?.lead ?? `${formatPercent(segmentStatus.errorBudget.remaining, 1)} left`}</dd>
                  <dt className="text-muted">Status</dt>
                  <dd>
                    <SloStatusBadge status={segmentStatus.status} stale={segmentStatus.stale} lastDataAt={isoOrNull(segmentStatus.lastDataAtMs)} />
                  </dd>
                </dl>
              </Card>
            ))}
          </div>
        </section>
      ) : null}

      <Card aria-labelledby="h-policy">
        <CardTitle id="h-policy">Error budget policy</CardTitle>
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

      <SloCharts
        slug={record.slug}
        windowStartIso={new Date(bounds.fromMs).toISOString()}
        windowEndIso={new Date(bounds.fromMs + Math.round(bounds.periodDays * 86_400_000)).toISOString()}
        target={record.target}
        alertWindows={status.alerts.map(({ severity, longWindow, shortWindow, threshold }) => ({ severity, longWindow, shortWindow, threshold }))}
      />

      <BurnRateAlerts alerts={status.alerts} burnRates={status.burnRates} />
      <DataGaps gaps={dataGaps} />

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="h-alert-history" className="grid content-start gap-2">
          <h2 id="h-alert-history" className="text-lg font-semibold">
            Alert history (30 days)
          </h2>
          {alertHistory.length === 0 ? (
            <p className="text-sm text-muted">No burn-rate alert fired in the last 30 days.</p>
          ) : (
            <Table label="Alert history">
              <thead>
                <tr>
                  <Th>Alert</Th>
                  <Th>Fired</Th>
                  <Th>Resolved</Th>
                  <Th>Peak burn</Th>
                </tr>
              </thead>
              <tbody>
                {alertHistory.map((event) => (
                  <tr key={event.id}>
                    <Td>
                      {event.severity} {event.longWindow}/{event.shortWindow}
                    </Td>
                    <Td>
                      <FormattedTime iso={event.firedAt.toISOString()} />
                    </Td>
                    <Td>{event.resolvedAt ? <FormattedTime iso={event.resolvedAt.toISOString()} /> : <Badge tone="danger">firing</Badge>}</Td>
                    <Td className="tabular-nums">{formatBurnRate(event.peakBurnRate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
        <section aria-labelledby="h-policy-history" className="grid content-start gap-2">
          <h2 id="h-policy-history" className="text-lg font-semibold">
            Policy changes
          </h2>
          {policyHistory.length === 0 ? (
            <p className="text-sm text-muted">The policy state has not changed since Keel began evaluating this SLO.</p>
          ) : (
            <ul className="divide-y divide-border rounded-lg border border-border bg-surface text-sm">
              {policyHistory.map((event) => (
                <li key={event.id} className="p-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <FormattedTime iso={event.at.toISOString()} />
                    <PolicyBadge state={event.fromState} /> → <PolicyBadge state={event.toState} />
                  </div>
                  {event.reasons.length ? <p className="mt-1 text-muted">{event.reasons.map((r) => r.message).join(" ")}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="h-deploys" className="grid gap-2">
        <h2 id="h-deploys" className="text-lg font-semibold">
          Recent deployments of {record.serviceName}
        </h2>
        {deployments.length === 0 ? (
          <p className="text-sm text-muted">
            No deployments recorded in the last 30 days. Pipelines record them with <code className="font-mono">POST /api/v1/deployments</code>.
          </p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {deployments.map((d) => (
              <li key={d.id}>
                <FormattedTime iso={d.at.toISOString()} /> · <span className="font-mono">{d.version}</span> {d.description ? <span className="text-muted">— {d.description}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="h-reviews" className="grid gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="h-reviews" className="text-lg font-semibold">
            Reviews and target history
          </h2>
          <p className={`text-sm ${reviewDue ? "font-medium text-warning" : "text-muted"}`}>
            {reviewDue ? "Review due since " : "Next review due "}
            <FormattedTime iso={new Date(dueAt).toISOString()} />
          </p>
        </div>
        {reviews.length === 0 ? (
          <p className="text-sm text-muted">Not reviewed yet. Reviews record whether the target still matches what users need.</p>
        ) : (
          <Table label="Reviews">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Decision</Th>
                <Th>Target</Th>
                <Th>Reviewer</Th>
                <Th className="hidden md:table-cell">Note</Th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <Td>
                    <FormattedTime iso={review.reviewedAt.toISOString()} />
                  </Td>
                  <Td>{review.decision}</Td>
                  <Td className="tabular-nums">
                    {review.previousTarget === review.newTarget ? formatTarget(review.newTarget) : `${formatTarget(review.previousTarget)} → ${formatTarget(review.newTarget)}`}
                  </Td>
                  <Td>{review.reviewer}</Td>
                  <Td className="hidden text-muted md:table-cell">{review.note}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {canEdit ? (
          <Card aria-labelledby="h-review-form">
            <CardTitle id="h-review-form">Record a review</CardTitle>
            <div className="mt-3">
              <ReviewForm action={reviewSloAction.bind(null, record.slug)} currentTargetPercent={String(Number((record.target * 100).toFixed(4)))} />
            </div>
          </Card>
        ) : null}
      </section>

      <Card aria-labelledby="h-definition">
        <CardTitle id="h-definition">Definition</CardTitle>
        <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
          <dt className="text-muted">Slug</dt>
          <dd className="font-mono">{record.slug}</dd>
          <dt className="text-muted">SLI</dt>
          <dd>{kindLabel}</dd>
          <dt className="text-muted">Budgeting</dt>
          <dd>
            {METHOD_LABELS[record.budgetingMethod]}
            {record.timesliceTarget !== null ? ` (a minute is good at ${formatTarget(record.timesliceTarget)})` : ""}
          </dd>
          <dt className="text-muted">Window</dt>
          <dd>{describeWindow(window)}</dd>
          <dt className="text-muted">Data source</dt>
          <dd>{record.source.kind === "push" ? "pushed to POST /api/v1/sli" : `Prometheus (${record.source.datasource})`}</dd>
          <dt className="text-muted">Review every</dt>
          <dd>{record.reviewCadenceDays} days</dd>
          <dt className="text-muted">Evaluated</dt>
          <dd>
            <FormattedTime iso={new Date(status.atMs).toISOString()} />
          </dd>
        </dl>
      </Card>
    </div>
  );
}

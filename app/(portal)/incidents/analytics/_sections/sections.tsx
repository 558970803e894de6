// The analytics page's sections; each awaits the page's one read and streams in on its own.
import { CountMonthChart } from "@/components/incidents/analytics/count-month-chart";
import { AfterDeploysList, BudgetTable, OnCallTable, RecurringLists, SeverityTable, TeamTable } from "@/components/incidents/analytics/breakdowns";
import { MttrMonthChart } from "@/components/incidents/analytics/mttr-month-chart";
import { StatCards } from "@/components/incidents/analytics/stat-cards";
import type { IncidentAnalyticsQuery } from "@/lib/incidents/analytics-query";
import { countRows, markerMonths, mttrRows } from "@/lib/incidents/view/analytics";
import { loadAnalytics, loadTeamNames } from "../_data";

type Props = { query: IncidentAnalyticsQuery };

export async function Headline({ query }: Props) {
  const { analytics } = await loadAnalytics(query);
  return <StatCards summary={analytics.summary} />;
}

export async function MonthCharts({ query }: Props) {
  const { analytics, markers, workingHours } = await loadAnalytics(query);
  const marks = markerMonths(markers, workingHours.timeZone);
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <MttrMonthChart rows={mttrRows(analytics.months)} markers={marks} />
      <CountMonthChart rows={countRows(analytics.months)} markers={marks} />
    </div>
  );
}

export async function ByGroup({ query }: Props) {
  const [{ analytics }, teamNames] = await Promise.all([loadAnalytics(query), loadTeamNames()]);
  return (
    <div className="grid gap-4">
      <SeverityTable groups={analytics.bySeverity} />
      <h3 className="font-medium">By team</h3>
      <TeamTable groups={analytics.byTeam} teamNames={teamNames} />
    </div>
  );
}

export async function OnCall({ query }: Props) {
  const { analytics, workingHours } = await loadAnalytics(query);
  return <OnCallTable load={analytics.onCall} hours={workingHours} />;
}

export async function RecurringSection({ query }: Props) {
  const { analytics } = await loadAnalytics(query);
  return <RecurringLists recurring={analytics.recurring} />;
}

export async function AfterDeploys({ query }: Props) {
  const { analytics, deployWindowMinutes } = await loadAnalytics(query);
  return <AfterDeploysList items={analytics.afterDeploys} windowMinutes={deployWindowMinutes} />;
}

export async function BudgetBurned({ query }: Props) {
  const { analytics } = await loadAnalytics(query);
  return <BudgetTable rows={analytics.budget} />;
}

// Everything the analytics page shows, computed once from plain facts: the API's summary, the months, the breakdowns.
import { countedIn, summarize, type IncidentSummary, type TimeRange } from "./analytics";
import {
  budgetBurnedByIncident,
  figuresBySeverity,
  figuresByTeam,
  incidentsAfterDeploys,
  onCallLoad,
  recurringIncidents,
  type AfterDeploy,
  type AnalyticsIncident,
  type BudgetBurn,
  type DeployFact,
  type GroupFigures,
  type IncidentBudget,
  type PersonLoad,
  type Recurring,
} from "./analytics-breakdowns";
import { monthlyFigures, type MonthFigures } from "./analytics-months";
import type { IncidentPolicy } from "./policy";
import type { Severity } from "./types";

export type AnalyticsInput = {
  incidents: readonly AnalyticsIncident[];
  deploys: readonly DeployFact[];
  burns: readonly BudgetBurn[];
  range: TimeRange;
  /** The zone months are counted in (default UTC). */
  timeZone?: string;
  policy: Pick<IncidentPolicy, "workingHours" | "deployWindowMinutes">;
};

export type IncidentAnalytics = {
  summary: IncidentSummary;
  months: MonthFigures[];
  bySeverity: GroupFigures<Severity>[];
  byTeam: GroupFigures[];
  onCall: PersonLoad[];
  recurring: { services: Recurring[]; tags: Recurring[] };
  afterDeploys: AfterDeploy[];
  budget: IncidentBudget[];
};

export function incidentAnalytics({ incidents: all, deploys, burns, range, timeZone = "UTC", policy }: AnalyticsInput): IncidentAnalytics {
  // Filtered once here; each breakdown's own filter then has nothing left to drop.
  const incidents = countedIn(all, range);
  return {
    summary: summarize(incidents, range),
    months: monthlyFigures(incidents, range, timeZone),
    bySeverity: figuresBySeverity(incidents, range),
    byTeam: figuresByTeam(incidents, range),
    onCall: onCallLoad(incidents, range, policy.workingHours),
    recurring: recurringIncidents(incidents, range),
    afterDeploys: incidentsAfterDeploys(incidents, deploys, range, policy.deployWindowMinutes),
    budget: budgetBurnedByIncident(incidents, burns, range),
  };
}

// The analytics page's tables: MTTA and MTTR by severity and team, on-call load, recurring incidents, incidents after
// deploys and error budget burned per incident; each with an empty state that says what would fill it.
import Link from "next/link";
import type { ReactNode } from "react";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { AfterDeploy, GroupFigures, IncidentBudget, PersonLoad, Recurring } from "@/lib/incidents/analytics-breakdowns";
import { formatMinutesFigure } from "@/lib/incidents/view/analytics";
import { FigureTable } from "./figure-table";

const timeColumns = ["Incidents", "MTTA mean", "MTTA median", "MTTR mean", "MTTR median"];
const timeCells = (g: GroupFigures) => [String(g.count), formatMinutesFigure(g.mttaMinutes.mean), formatMinutesFigure(g.mttaMinutes.median), formatMinutesFigure(g.mttrMinutes.mean), formatMinutesFigure(g.mttrMinutes.median)];
const incidentLink = (number: number, title: string) => (
  <Link href={`/incidents/${number}`} className="text-primary hover:underline">
    #{number} {title}
  </Link>
);

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">{children}</p>;
}

export function SeverityTable({ groups }: { groups: GroupFigures[] }) {
  return <FigureTable label="MTTA and MTTR by severity" columns={["Severity", ...timeColumns]} rows={groups.map((g) => ({ key: g.key, title: g.key, cells: timeCells(g) }))} />;
}

export function TeamTable({ groups, teamNames }: { groups: GroupFigures[]; teamNames: Record<string, string> }) {
  if (!groups.length) return <Empty>No incidents in this range. Widen the range or clear the filters to compare teams.</Empty>;
  return <FigureTable label="MTTA and MTTR by team" columns={["Team", ...timeColumns]} rows={groups.map((g) => ({ key: g.key, title: teamNames[g.key] ?? (g.key || "No team"), cells: timeCells(g) }))} />;
}

export function OnCallTable({ load, hours }: { load: PersonLoad[]; hours: { timeZone: string; startHour: number; endHour: number } }) {
  if (!load.length) return <Empty>No incident in this range was assigned to anyone. Incidents get an assignee when the team&apos;s on-call engineer is paged or someone takes them.</Empty>;
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted">
        Outside working hours: before {hours.startHour}:00, from {hours.endHour}:00, or at a weekend ({hours.timeZone}), as the severity policy sets them.
      </p>
      <FigureTable label="On-call load per person" columns={["Person", "Incidents", "Outside working hours"]} rows={load.map((p) => ({ key: p.id, title: p.name, cells: [String(p.incidents), String(p.outOfHours)] }))} />
    </div>
  );
}

export function RecurringLists({ recurring }: { recurring: { services: Recurring[]; tags: Recurring[] } }) {
  const list = (label: string, items: Recurring[], href: (key: string) => string) =>
    items.length ? (
      <ul aria-label={label} className="grid gap-1 text-sm">
        {items.map((item) => (
          <li key={item.key} className="flex justify-between gap-3 rounded-md border border-border bg-surface px-3 py-1.5">
            <Link href={href(item.key)} className="font-mono text-primary hover:underline [overflow-wrap:anywhere]">
              {item.key}
            </Link>
            <span className="tabular-nums">{item.count} incidents</span>
          </li>
        ))}
      </ul>
    ) : (
      <Empty>Nothing recurred: no {label === "Recurring services" ? "service" : "tag"} had two or more incidents in this range.</Empty>
    );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="grid content-start gap-2">
        <h3 className="font-medium">By service</h3>
        {list("Recurring services", recurring.services, (slug) => `/incidents?service=${encodeURIComponent(slug)}`)}
      </div>
      <div className="grid content-start gap-2">
        <h3 className="font-medium">By tag</h3>
        {list("Recurring tags", recurring.tags, (tag) => `/incidents?q=${encodeURIComponent(tag)}`)}
      </div>
    </div>
  );
}

export function AfterDeploysList({ items, windowMinutes }: { items: AfterDeploy[]; windowMinutes: number }) {
  if (!items.length) return <Empty>No incident began within {windowMinutes} minutes after a deploy of its services. Pipelines record deploys with POST /api/v1/deployments; the window is set in the severity policy.</Empty>;
  const shown = items.slice(0, AFTER_DEPLOYS_SHOWN);
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted">
        {items.length} incident{items.length === 1 ? "" : "s"} began within {windowMinutes} minutes after a deploy{items.length > shown.length ? `; the newest ${shown.length} are listed` : ""}.
      </p>
      <FigureTable
        label={`Incidents within ${windowMinutes} minutes after a deploy`}
        columns={["Incident", "Severity", "Started", "Deploy", "Minutes after"]}
        rows={shown.map((a) => ({
          key: a.number,
          title: incidentLink(a.number, a.title),
          cells: [a.severity, <FormattedTime key="t" iso={a.startedAt.toISOString()} />, <span key="d" className="font-mono">{`${a.deploy.serviceSlug} ${a.deploy.version}`}</span>, String(Math.round(a.minutesAfter))],
        }))}
      />
    </div>
  );
}

const AFTER_DEPLOYS_SHOWN = 20;

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

export function BudgetTable({ rows }: { rows: IncidentBudget[] }) {
  if (!rows.length) return <Empty>No incident in this range has an error budget figure. Incidents opened by an SLO alert, or linked to an SLO, show here how much of its budget they burned.</Empty>;
  return (
    <FigureTable
      label="Error budget burned per incident"
      columns={["Incident", "Severity", "SLOs", "Budget burned"]}
      rows={rows.map((b) => ({ key: b.number, title: incidentLink(b.number, b.title), cells: [b.severity, b.slos.map((s) => `${s.slo} ${percent(s.budgetBurned)}`).join(", "), percent(b.total)] }))}
    />
  );
}

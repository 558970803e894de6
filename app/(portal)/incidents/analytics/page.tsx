// Incident analytics: MTTA and MTTR, incidents per month, by severity and team, on-call load, recurring incidents,
// incidents after deploys and budget burned, for a range (30, 90 or 365 days), a team and a severity. Drills never count.
import type { ReactNode } from "react";
import { listTeams } from "@/db/queries/teams";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { CardsSkeleton, ChartSkeleton, SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { requirePageUser } from "@/lib/auth/session";
import { nowMs } from "@/lib/clock";
import { ANALYTICS_RANGE_DAYS, DEFAULT_ANALYTICS_DAYS, type IncidentAnalyticsQuery } from "@/lib/incidents/analytics-query";
import { SEVERITIES } from "@/lib/incidents/types";
import { AfterDeploys, BudgetBurned, ByGroup, Headline, MonthCharts, OnCall, RecurringSection } from "./_sections/sections";

export const metadata = { title: "Incident analytics" };

type SearchParams = { days?: string; team?: string; severity?: string };

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="text-sm text-muted">{description}</p> : null}
      {children}
    </section>
  );
}

export default async function IncidentAnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser();
  const params = await searchParams;
  const teams = await listTeams();
  const days = ANALYTICS_RANGE_DAYS.find((d) => String(d) === params.days) ?? DEFAULT_ANALYTICS_DAYS;
  const team = teams.find((t) => t.slug === params.team)?.slug;
  const severity = SEVERITIES.find((s) => s === params.severity);
  // Whole minutes, so every section's read of the same request shares one query.
  const to = Math.floor(nowMs() / 60_000) * 60_000;
  const query: IncidentAnalyticsQuery = { from: new Date(to - days * 86_400_000).toISOString(), to: new Date(to).toISOString(), team, severity };
  const filtered = Boolean(team || severity || days !== DEFAULT_ANALYTICS_DAYS);
  return (
    <div className="grid gap-6">
      <div>
        <PageHeader
          title="Incident analytics"
          description="How fast incidents are acknowledged (MTTA) and resolved (MTTR), counted from when the impact began, over incidents that started in the range. Drills never count."
        />
        <FilterBar
          label="Filter incident analytics"
          idPrefix="analytics"
          clearHref="/incidents/analytics"
          filtered={filtered}
          fields={[
            { kind: "select", name: "days", label: "Range", value: String(days), options: ANALYTICS_RANGE_DAYS.map((d) => ({ value: String(d), label: `Last ${d} days` })) },
            { kind: "select", name: "team", label: "Team", value: team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
            { kind: "select", name: "severity", label: "Severity", value: severity ?? "", options: [{ value: "", label: "All severities" }, ...SEVERITIES.map((s) => ({ value: s, label: s }))] },
          ]}
        />
      </div>
      <StreamedSection title="Headline figures" fallback={<CardsSkeleton label="headline figures" count={5} />}>
        <Headline query={query} />
      </StreamedSection>
      <Section id="trends" title="Month by month" description="Months in the organisation's time zone (severity policy, working hours).">
        <StreamedSection title="Month by month" fallback={<ChartSkeleton label="month charts" />}>
          <MonthCharts query={query} />
        </StreamedSection>
      </Section>
      <Section id="groups" title="By severity and team">
        <StreamedSection title="By severity and team" fallback={<TableSkeleton label="figures by severity and team" />}>
          <ByGroup query={query} />
        </StreamedSection>
      </Section>
      <Section id="oncall" title="On-call load" description="Incidents assigned to each person, and how many of them began outside working hours.">
        <StreamedSection title="On-call load" fallback={<TableSkeleton label="on-call load" />}>
          <OnCall query={query} />
        </StreamedSection>
      </Section>
      <Section id="recurring" title="Recurring incidents" description="Services and tags with two or more incidents in the range.">
        <StreamedSection title="Recurring incidents" fallback={<SectionSkeleton label="recurring incidents" heading={false} />}>
          <RecurringSection query={query} />
        </StreamedSection>
      </Section>
      <Section id="deploys" title="Incidents after a deploy" description="Incidents that began within the severity policy's deploy window after a deploy of one of their services.">
        <StreamedSection title="Incidents after a deploy" fallback={<TableSkeleton label="incidents after a deploy" />}>
          <AfterDeploys query={query} />
        </StreamedSection>
      </Section>
      <Section id="budget" title="Error budget burned per incident">
        <StreamedSection title="Error budget burned per incident" fallback={<TableSkeleton label="budget burned per incident" />}>
          <BudgetBurned query={query} />
        </StreamedSection>
      </Section>
    </div>
  );
}

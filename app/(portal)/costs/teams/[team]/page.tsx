// A team's observability cost in a month: by service (each a link to its signals), signal and cost type, over 12 months.
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ChartSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { formatMonth } from "@/lib/costs/view/format";
import { loadMonths } from "../../_data";
import { Breakdown } from "../../_sections/breakdown";
import { Trend } from "../../_sections/trend";

export const metadata = { title: "Team costs" };

export default async function TeamCostsPage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<{ month?: string }> }) {
  const { team: raw } = await params;
  const team = decodeURIComponent(raw);
  const { months, month } = await loadMonths((await searchParams).month);
  const choices = months.includes(month) ? months : [month, ...months];
  return (
    <div>
      <PageHeader
        title={`Costs of ${team}`}
        description={`What team ${team} spends on observability in ${formatMonth(month)}, by service, signal and cost type. Open a service for its signals.`}
        actions={
          <ButtonLink href={`/costs?month=${month}`} variant="secondary">
            All teams
          </ButtonLink>
        }
      />
      <FilterBar label="Choose the month" idPrefix="team-costs" clearHref={`/costs/teams/${encodeURIComponent(team)}`} filtered={false} fields={[{ kind: "select", name: "month", label: "Month", value: month, options: choices.map((m) => ({ value: m, label: formatMonth(m) })) }]} />
      <div className="grid gap-6">
        <StreamedSection title="By service" fallback={<TableSkeleton label="cost by service" />}>
          <Breakdown month={month} groupBy="service" label="Service" team={team} />
        </StreamedSection>
        <StreamedSection title="Cost over 12 months" fallback={<ChartSkeleton label="cost over 12 months" />}>
          <Trend month={month} groupBy="service" label="service" team={team} />
        </StreamedSection>
        <div className="grid gap-6 lg:grid-cols-2">
          <StreamedSection title="By signal" fallback={<TableSkeleton label="cost by signal" />}>
            <Breakdown month={month} groupBy="signal" label="Signal" team={team} />
          </StreamedSection>
          <StreamedSection title="By cost type" fallback={<TableSkeleton label="cost by cost type" />}>
            <Breakdown month={month} groupBy="costType" label="Cost type" team={team} />
          </StreamedSection>
        </div>
      </div>
    </div>
  );
}

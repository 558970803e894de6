// A service's observability cost in a month: by signal, cost type and environment, over 12 months, with its unit costs.
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ChartSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { formatMonth } from "@/lib/costs/view/format";
import { loadMonths } from "../../../_data";
import { Breakdown } from "../../../_sections/breakdown";
import { Trend } from "../../../_sections/trend";

export const metadata = { title: "Service costs" };

export default async function ServiceCostsPage({ params, searchParams }: { params: Promise<{ team: string; service: string }>; searchParams: Promise<{ month?: string }> }) {
  const { team: rawTeam, service: rawService } = await params;
  const team = decodeURIComponent(rawTeam);
  const service = decodeURIComponent(rawService);
  const { months, month } = await loadMonths((await searchParams).month);
  const choices = months.includes(month) ? months : [month, ...months];
  return (
    <div>
      <PageHeader
        title={`Costs of ${service}`}
        description={`What service ${service} of team ${team} spends on observability in ${formatMonth(month)}, by signal, cost type and environment.`}
        actions={
          <nav aria-label="Cost drill-down" className="flex flex-wrap gap-2">
            <ButtonLink href={`/costs?month=${month}`} variant="secondary">
              All teams
            </ButtonLink>
            <ButtonLink href={`/costs/teams/${encodeURIComponent(team)}?month=${month}`} variant="secondary">
              Team {team}
            </ButtonLink>
          </nav>
        }
      />
      <FilterBar
        label="Choose the month"
        idPrefix="service-costs"
        clearHref={`/costs/teams/${encodeURIComponent(team)}/${encodeURIComponent(service)}`}
        filtered={false}
        fields={[{ kind: "select", name: "month", label: "Month", value: month, options: choices.map((m) => ({ value: m, label: formatMonth(m) })) }]}
      />
      <div className="grid gap-6">
        <StreamedSection title="By signal" fallback={<TableSkeleton label="cost by signal" />}>
          <Breakdown month={month} groupBy="signal" label="Signal" team={team} service={service} />
        </StreamedSection>
        <StreamedSection title="Cost over 12 months" fallback={<ChartSkeleton label="cost over 12 months" />}>
          <Trend month={month} groupBy="signal" label="signal" team={team} service={service} />
        </StreamedSection>
        <div className="grid gap-6 lg:grid-cols-2">
          <StreamedSection title="By cost type" fallback={<TableSkeleton label="cost by cost type" />}>
            <Breakdown month={month} groupBy="costType" label="Cost type" team={team} service={service} />
          </StreamedSection>
          <StreamedSection title="By environment" fallback={<TableSkeleton label="cost by environment" />}>
            <Breakdown month={month} groupBy="environment" label="Environment" team={team} service={service} />
          </StreamedSection>
        </div>
      </div>
    </div>
  );
}

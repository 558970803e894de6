// Observability cost showback: what each team spends on logs, metrics and traces in a month, by team, service, signal,
// environment or cost type; how it moved over 12 months and where it is heading; budgets, anomalies and top drivers.
import { Download, FlaskConical, Upload } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { ChartSkeleton, SectionSkeleton, TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { SHOWBACK_GROUP_BYS } from "@/lib/costs/types";
import { GROUP_BY_LABELS } from "@/lib/costs/view/labels";
import { formatMonth } from "@/lib/costs/view/format";
import { groupByOf, loadMonths } from "./_data";
import { Breakdown } from "./_sections/breakdown";
import { Drivers } from "./_sections/drivers";
import { Outlook } from "./_sections/outlook";
import { Summary } from "./_sections/summary";
import { Trend } from "./_sections/trend";

export const metadata = { title: "Costs" };

export default async function CostsPage({ searchParams }: { searchParams: Promise<{ month?: string; groupBy?: string }> }) {
  const params = await searchParams;
  const { months, month } = await loadMonths(params.month);
  const groupBy = groupByOf(params.groupBy);
  const choices = months.includes(month) ? months : [month, ...months];
  return (
    <div>
      <PageHeader
        title="Costs"
        description="What each team spends on observability — logs, metrics, traces — by environment and cost type, whether it is growing, and what changes would save."
        actions={
          <nav aria-label="Cost sections" className="flex flex-wrap gap-2">
            <ButtonLink href="/costs/import" variant="secondary">
              <Upload aria-hidden size={16} /> Import costs
            </ButtonLink>
            <ButtonLink href="/costs/what-if" variant="secondary">
              <FlaskConical aria-hidden size={16} /> What-if
            </ButtonLink>
            <ButtonLink href={`/api/v1/costs/chargeback?month=${month}`} variant="secondary" prefetch={false}>
              <Download aria-hidden size={16} /> Export chargeback CSV
            </ButtonLink>
          </nav>
        }
      />
      {months.length === 0 ? (
        <EmptyState title="No cost records yet" action={<ButtonLink href="/costs/import" variant="primary">Import costs</ButtonLink>}>
          <p>Import a FOCUS 1.x export from your cloud or observability vendor, or Keel&apos;s simple CSV columns, and each team&apos;s logs, metrics and traces spend shows here by month.</p>
        </EmptyState>
      ) : (
        <>
          <FilterBar
            label="Choose the month and breakdown"
            idPrefix="costs"
            clearHref="/costs"
            filtered={Boolean(params.month || params.groupBy)}
            fields={[
              { kind: "select", name: "month", label: "Month", value: month, options: choices.map((m) => ({ value: m, label: formatMonth(m) })) },
              { kind: "select", name: "groupBy", label: "Breakdown", value: groupBy, options: SHOWBACK_GROUP_BYS.map((g) => ({ value: g, label: GROUP_BY_LABELS[g] })) },
            ]}
          />
          <div className="grid gap-6">
            <StreamedSection title="Total" fallback={<SectionSkeleton label="the month's total" lines={2} />}>
              <Summary month={month} />
            </StreamedSection>
            <StreamedSection title="Breakdown" fallback={<TableSkeleton label="breakdown" />}>
              <Breakdown month={month} groupBy={groupBy} label={GROUP_BY_LABELS[groupBy]} />
            </StreamedSection>
            <StreamedSection title="Cost over 12 months" fallback={<ChartSkeleton label="cost over 12 months" />}>
              <Trend month={month} groupBy={groupBy} label={GROUP_BY_LABELS[groupBy].toLowerCase()} />
            </StreamedSection>
            <StreamedSection title="Budgets, anomalies and forecast" fallback={<TableSkeleton label="budgets" />}>
              <Outlook month={month} />
            </StreamedSection>
            <StreamedSection title="Top cost drivers and unit costs" fallback={<TableSkeleton label="top cost drivers" />}>
              <Drivers month={month} />
            </StreamedSection>
          </div>
        </>
      )}
    </div>
  );
}

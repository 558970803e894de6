// The charts and the burn-rate alert table: both read the status's alert windows, shared through one cached load.
import type { SloRecord } from "@/db/queries/slos";
import { windowOf } from "@/db/queries/slos";
import { BurnRateAlerts } from "@/components/slo/burn-rate-alerts";
import { SloCharts } from "@/components/slo/slo-charts";
import { windowBounds } from "@/lib/slo/windows";
import { loadSloStatus, pageNow } from "../_data";

export async function SloChartsSection({ record }: { record: SloRecord }) {
  const { status } = await loadSloStatus(record.slug);
  const bounds = windowBounds(windowOf(record), pageNow());
  return (
    <SloCharts
        slug={record.slug}
        windowStartIso={new Date(bounds.fromMs).toISOString()}
        windowEndIso={new Date(bounds.fromMs + Math.round(bounds.periodDays * 86_400_000)).toISOString()}
        target={record.target}
        alertWindows={status.alerts.map(({ severity, longWindow, shortWindow, threshold }) => ({ severity, longWindow, shortWindow, threshold }))}
    />
  );
}

export async function SloBurnRateAlerts({ slug }: { slug: string }) {
  const { status } = await loadSloStatus(slug);
  return <BurnRateAlerts alerts={status.alerts} burnRates={status.burnRates} />;
}

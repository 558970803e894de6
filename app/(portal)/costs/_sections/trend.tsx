// Cost over the 12 months ending with the chosen one, stacked by the breakdown, with anomaly months and the forecast.
import { CostTrendChart } from "@/components/costs/cost-trend-chart";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { trendData } from "@/lib/costs/view/trend";
import { totalOutlook } from "@/lib/server/costs/outlook";
import { showbackSeries } from "@/lib/server/costs/showback";
import { loadScope } from "../_data";

export async function Trend({ month, groupBy, label, team, service }: { month: string; groupBy: ShowbackGroupBy; label: string; team?: string; service?: string }) {
  const scope = await loadScope(month);
  const outlook = await totalOutlook(scope, { team, service });
  return <CostTrendChart data={trendData(showbackSeries(scope, groupBy, { team, service }), outlook.anomalies, outlook.forecast)} currency={scope.currency} breakdown={label} />;
}

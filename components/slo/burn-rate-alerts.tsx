// The SLO page's burn-rate alerts now: thresholds, the burn in each window, and firing, ok or unknown (data missing).
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBurnRate } from "@/lib/slo/format";
import type { BurnRates } from "@/lib/slo/math";
import type { StatusAlert } from "@/lib/slo/status";

export function BurnRateAlerts({ alerts, burnRates }: { alerts: readonly StatusAlert[]; burnRates: BurnRates }) {
  return (
    <section aria-labelledby="h-alerts" className="grid gap-2">
      <h2 id="h-alerts" className="text-lg font-semibold">
        Burn-rate alerts
      </h2>
      <Table label="Burn-rate alerts">
        <thead>
          <tr>
            <Th>Severity</Th>
            <Th>Windows</Th>
            <Th>Threshold</Th>
            <Th>Burn now (long / short)</Th>
            <Th>State</Th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr key={`${alert.severity}-${alert.longWindow}`}>
              <Td>{alert.severity}</Td>
              <Td>
                {alert.longWindow} / {alert.shortWindow}
              </Td>
              <Td className="tabular-nums">{formatBurnRate(alert.threshold)}</Td>
              <Td className="tabular-nums">
                {formatBurnRate(burnRates[alert.longWindow])} / {formatBurnRate(burnRates[alert.shortWindow])}
              </Td>
              <Td>
                {alert.state === "unknown" ? (
                  <Badge tone="warning">unknown, data missing</Badge>
                ) : alert.firing ? (
                  <Badge tone="danger">firing</Badge>
                ) : (
                  <Badge tone="neutral">ok</Badge>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

// What drove the month's cost (largest growth against the month before) and what a unit of each signal costs.
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { formatChangeRatio, formatMoney, formatMonth } from "@/lib/costs/view/format";
import { costPerMillionRequests, showbackDrivers, showbackUnitCosts } from "@/lib/server/costs/showback";
import { loadScope } from "../_data";

export async function Drivers({ month }: { month: string }) {
  const scope = await loadScope(month);
  const drivers = showbackDrivers(scope);
  const units = [...showbackUnitCosts(scope), ...(await costPerMillionRequests(scope))];
  const money = (value: bigint) => formatMoney(value, scope.currency);
  const perUnit = (value: number | null) => (value === null ? "—" : new Intl.NumberFormat("en-US", { style: "currency", currency: scope.currency, maximumSignificantDigits: 4 }).format(value));
  const driverLabel = `Top cost drivers, ${formatMonth(month)}`;
  const unitLabel = `Unit costs, ${formatMonth(month)}`;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="cost-drivers" className="grid content-start gap-2">
        <h2 id="cost-drivers" className="text-lg font-semibold">
          Top cost drivers
        </h2>
        <p className="text-sm text-muted">Team / service / signal / cost type, largest growth against last month first.</p>
        <TableOrCards
          cards={
            <RowCards label={driverLabel}>
              {drivers.map((d) => (
                <RowCard key={d.key} title={d.key} fields={[{ label: "Cost", value: money(d.cost) }, { label: "Change", value: `${d.change >= 0n ? "+" : "−"}${money(d.change >= 0n ? d.change : -d.change)} (${formatChangeRatio(d.changeRatio)})` }]} />
              ))}
            </RowCards>
          }
        >
          <Table label={driverLabel}>
            <thead>
              <tr>
                <Th>What</Th>
                <Th className="text-right">Cost</Th>
                <Th className="text-right">Change</Th>
              </tr>
            </thead>
            <tbody>
              {drivers.map((d) => (
                <tr key={d.key}>
                  <Td className="[overflow-wrap:anywhere]">{d.key}</Td>
                  <Td className="text-right tabular-nums">{money(d.cost)}</Td>
                  <Td className="text-right tabular-nums">
                    {d.change >= 0n ? "+" : "−"}
                    {money(d.change >= 0n ? d.change : -d.change)} ({formatChangeRatio(d.changeRatio)})
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableOrCards>
      </section>
      <section aria-labelledby="cost-units" className="grid content-start gap-2">
        <h2 id="cost-units" className="text-lg font-semibold">
          Unit costs
        </h2>
        <p className="text-sm text-muted">The cost of the lines measured in a unit, divided by their usage; per million requests from the services&apos; traffic.</p>
        {units.length === 0 ? (
          <p className="text-sm text-muted">No usage quantities in {formatMonth(month)}: import lines with a consumed quantity and unit to see unit costs.</p>
        ) : (
          <Table label={unitLabel}>
            <thead>
              <tr>
                <Th>Signal</Th>
                <Th>Unit</Th>
                <Th className="text-right">Per unit</Th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={`${u.signal}:${u.unit}`}>
                  <Td>{u.signal}</Td>
                  <Td>{u.unit}</Td>
                  <Td className="text-right tabular-nums">{perUnit(u.perUnit)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}

// Each team's month against its budget (warning and over badges), whether the month is an anomaly, and its forecast.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { formatMoney, formatMonth, formatShare } from "@/lib/costs/view/format";
import { teamOutlook, type TeamOutlook, type TeamOutlooks } from "@/lib/server/costs/outlook";
import { loadScope } from "../_data";

function BudgetBadge({ outlook }: { outlook: TeamOutlook }) {
  if (!outlook.budget) return <Badge>No budget</Badge>;
  const used = outlook.budget.used === null ? "" : ` (${formatShare(outlook.budget.used)})`;
  if (outlook.budget.status === "over") return <Badge tone="danger">Over budget{used}</Badge>;
  if (outlook.budget.status === "warning") return <Badge tone="warning">Warning{used}</Badge>;
  return <Badge tone="success">Within budget{used}</Badge>;
}

function AnomalyBadge({ outlook }: { outlook: TeamOutlook }) {
  if (!outlook.anomaly?.anomaly) return <span className="text-muted">None</span>;
  return <Badge tone="danger">Anomaly: {outlook.anomaly.direction} the trailing months</Badge>;
}

export async function Outlook({ month }: { month: string }) {
  const scope = await loadScope(month);
  const { teams, warnAt, overAt, anomalies, rule } = await teamOutlook(scope);
  const money = (value: bigint) => formatMoney(value, scope.currency);
  const usd = (value: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: scope.currency }).format(value);
  const forecastText = (outlook: TeamOutlook) =>
    outlook.forecast.points.length ? outlook.forecast.points.map((p) => `${formatMonth(p.month)}: ${usd(p.cost)} (${usd(p.low)}–${usd(p.high)})`).join("; ") : "Not enough history";
  const link = (outlook: TeamOutlook) => (
    <Link href={`/costs/teams/${encodeURIComponent(outlook.team)}?month=${month}`} className="text-primary underline-offset-2 hover:underline">
      {outlook.teamName}
    </Link>
  );
  const label = `Budgets, anomalies and forecast per team, ${formatMonth(month)}`;
  return (
    <section aria-labelledby="cost-outlook" className="grid gap-2">
      <h2 id="cost-outlook" className="text-lg font-semibold">
        Budgets, anomalies and forecast
      </h2>
      <p className="text-sm text-muted">
        Warning from {formatShare(warnAt)} of a team&apos;s monthly budget, over from {formatShare(overAt)}. Budgets are set under Settings; the thresholds and the anomaly rule are in the cost policy.
      </p>
      {teams.length === 0 ? (
        <p className="text-sm text-muted">No team has costs or a budget in {formatMonth(month)}.</p>
      ) : (
        <TableOrCards
          cards={
            <RowCards label={label}>
              {teams.map((t) => (
                <RowCard
                  key={t.team}
                  title={link(t)}
                  fields={[
                    { label: "Spent", value: money(t.spent) },
                    { label: "Budget", value: t.budget ? money(t.budget.budget) : "—" },
                    { label: "Status", value: <BudgetBadge outlook={t} /> },
                    { label: "Anomaly", value: <AnomalyBadge outlook={t} /> },
                    { label: "Forecast", value: forecastText(t) },
                  ]}
                />
              ))}
            </RowCards>
          }
        >
          <Table label={label}>
            <thead>
              <tr>
                <Th>Team</Th>
                <Th className="text-right">Spent</Th>
                <Th className="text-right">Budget</Th>
                <Th>Status</Th>
                <Th>Anomaly</Th>
                <Th>Forecast, next months (95% band)</Th>
              </tr>
            </thead>
            <tbody>
              {teams.map((t) => (
                <tr key={t.team}>
                  <Td>{link(t)}</Td>
                  <Td className="text-right tabular-nums">{money(t.spent)}</Td>
                  <Td className="text-right tabular-nums">{t.budget ? money(t.budget.budget) : "—"}</Td>
                  <Td>
                    <BudgetBadge outlook={t} />
                  </Td>
                  <Td>
                    <AnomalyBadge outlook={t} />
                  </Td>
                  <Td className="text-xs">{forecastText(t)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableOrCards>
      )}
      <AnomalyList month={month} anomalies={anomalies} rule={rule} money={usd} />
    </section>
  );
}

/** Every anomaly month of the 12 months shown, of all teams together and of each team, with what was expected. */
function AnomalyList({ month, anomalies, rule, money }: Pick<TeamOutlooks, "anomalies" | "rule"> & { month: string; money: (value: number) => string }) {
  const ruleText = `more than ${rule.sigma}σ from the mean of the ${rule.trailingMonths} months before it, or more than ${formatShare(rule.aboveMean)} above that mean`;
  return (
    <section aria-labelledby="cost-anomalies" className="mt-2 grid gap-2">
      <h3 id="cost-anomalies" className="text-base font-semibold">
        Anomalies in the 12 months to {formatMonth(month)}
      </h3>
      <p className="text-sm text-muted">A month is an anomaly when its cost is {ruleText}. The chart above shades the months where all teams together were one.</p>
      {anomalies.length === 0 ? (
        <p className="text-sm">None: every month stayed within the range of the months before it.</p>
      ) : (
        <ul aria-label={`Cost anomalies in the 12 months to ${formatMonth(month)}`} className="grid gap-1 text-sm">
          {anomalies.map(({ key, teamName, check }) => {
            const expected = check.expected!;
            const change = expected.mean > 0 ? ` (${check.cost >= expected.mean ? "+" : "−"}${formatShare(Math.abs(check.cost - expected.mean) / expected.mean)})` : "";
            return (
              <li key={`${check.month}/${key ?? ""}`}>
                <span className="font-medium">
                  {formatMonth(check.month)}, {teamName ?? "all teams"}
                </span>
                : {money(check.cost)}, {check.direction} the {money(expected.low)}–{money(expected.high)} expected from the mean of {money(expected.mean)}
                {change}.
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

// The latest cost imports with their figures, and Undo (behind a confirmation) for those not undone yet.
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { formatNanos, parseNanos } from "@/lib/costs/money";
import type { FormState } from "@/lib/forms";
import type { CostImportSummary } from "@/lib/server/costs/imports";

type UndoAction = (id: string, state: FormState, formData: FormData) => Promise<FormState>;

const money = (batch: CostImportSummary) => `${formatNanos(parseNanos(batch.total) ?? 0n, 2)} ${batch.currency}`;

function Undo({ batch, undo }: { batch: CostImportSummary; undo: UndoAction }) {
  if (batch.status === "undone") return <Badge>Undone</Badge>;
  return (
    <ConfirmAction
      title={`Undo the import of ${batch.fileName ?? "this file"}?`}
      description={`Its ${batch.imported.toLocaleString("en")} imported rows (${money(batch)}) are deleted from the showback. Importing the file again brings them back.`}
      triggerLabel={`Undo import ${batch.fileName ?? batch.id}`}
      confirmLabel="Undo import"
      pendingLabel="Undoing…"
      action={undo.bind(null, batch.id)}
    />
  );
}

export function CostImportList({ imports, undo }: { imports: CostImportSummary[]; undo: UndoAction }) {
  if (imports.length === 0) {
    return (
      <EmptyState title="No cost imports yet">
        <p>Import your provider&apos;s FOCUS 1.x export (BillingPeriodStart, ChargePeriodStart, ChargePeriodEnd, BilledCost, BillingCurrency, ServiceName, ConsumedQuantity, ConsumedUnit, Tags…) with team, service, signal and environment in its Tags, or a CSV of Keel&apos;s simple columns:</p>
        <pre className="overflow-x-auto rounded-md border border-border bg-surface-2 p-3 text-left text-xs">
          {"month,team,service,signal,cost,currency,usage,unit\n2026-10,payments,checkout,logs,1234.56,USD,2469.12,GB\n2026-10,payments,checkout,traces,310.20,USD,62.04,million spans"}
        </pre>
        <p>Optional columns: environment, cost_type (ingest, storage, query, licence, egress), tool, provider, retention_days.</p>
      </EmptyState>
    );
  }
  const title = (batch: CostImportSummary) => batch.fileName ?? `${batch.format} import`;
  return (
    <TableOrCards
      cards={
        <RowCards label="Cost imports">
          {imports.map((batch) => (
            <RowCard
              key={batch.id}
              title={title(batch)}
              fields={[
                { label: "Imported", value: <FormattedTime iso={batch.createdAt} /> },
                { label: "By", value: batch.createdBy },
                { label: "Rows", value: `${batch.imported.toLocaleString("en")} imported, ${batch.skipped.toLocaleString("en")} skipped` },
                { label: "Total", value: money(batch) },
                { label: "Undo", value: <Undo batch={batch} undo={undo} /> },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Cost imports">
        <thead>
          <tr>
            <Th>File</Th>
            <Th>Imported</Th>
            <Th>By</Th>
            <Th className="text-right">Rows imported</Th>
            <Th className="text-right">Skipped</Th>
            <Th className="text-right">Total</Th>
            <Th>
              <span className="sr-only">Undo</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {imports.map((batch) => (
            <tr key={batch.id}>
              <Td className="[overflow-wrap:anywhere]">{title(batch)}</Td>
              <Td>
                <FormattedTime iso={batch.createdAt} />
              </Td>
              <Td>{batch.createdBy}</Td>
              <Td className="text-right tabular-nums">{batch.imported.toLocaleString("en")}</Td>
              <Td className="text-right tabular-nums">{batch.skipped.toLocaleString("en")}</Td>
              <Td className="text-right tabular-nums">{money(batch)}</Td>
              <Td>
                <Undo batch={batch} undo={undo} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

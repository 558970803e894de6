// Cost lines for tests and the bench, straight into the tables: what they exercise is the showback's reads, not the import.
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { costImportBatches, costRecords } from "@/db/schema";
import type { CostRecord } from "@/lib/costs/types";

/** A cost line with Keel's test defaults for what is not given (logs ingest in production, USD, the whole month). */
export function costLine(fields: Partial<CostRecord> & { month: string; team: string; costNanos: bigint }): CostRecord {
  const start = Date.parse(`${fields.month}-01T00:00:00Z`);
  return {
    periodKind: "month",
    periodStart: start,
    periodEnd: start + 28 * 86_400_000,
    service: "unallocated",
    signal: "logs",
    costType: "ingest",
    tool: "Test Logs",
    provider: "Test Cloud",
    environment: "production",
    usageQuantity: null,
    usageUnit: null,
    retentionDays: null,
    currency: "USD",
    ...fields,
  };
}

/** Writes the lines as one batch (chunked inserts in one transaction); returns the batch id. */
export function insertCostLines(lines: readonly CostRecord[]): string {
  const batch = randomUUID();
  const total = lines.reduce((sum, line) => sum + line.costNanos, 0n);
  getDb().transaction((tx) => {
    tx.insert(costImportBatches)
      .values({ id: batch, format: "simple", fileName: null, rowsImported: lines.length, rowsSkipped: 0, totalNanos: total, currency: lines[0]?.currency ?? "USD", createdBy: "test", createdAt: new Date() })
      .run();
    for (let i = 0; i < lines.length; i += 500) {
      const chunk = lines.slice(i, i + 500).map((line, j) => ({ ...line, batchId: batch, rowHash: `${batch}:${i + j}` }));
      tx.insert(costRecords).values(chunk).run();
    }
  });
  return batch;
}

// What the what-if simulator reads: a month's cost records summed per team, service, signal, cost type and usage unit
// (with the service's tier), the months that have records, and the unit price list (the `cost_prices` setting).
import "server-only";
import { eq } from "drizzle-orm";
import { getConnection, getDb } from "../client";
import { settings } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { getSetting, putSetting } from "./settings";
import type { RecordSum } from "@/lib/costs/whatif-baseline";

type RawSum = Omit<RecordSum, "tier" | "retentionDays"> & { tier: bigint | null; retentionDays: bigint | null };

/** A month's records summed for the simulator. Money is summed by SQLite as INTEGER and read as bigint. */
export function whatIfRecordSums(month: string): RecordSum[] {
  const statement = getConnection()
    .sqlite.prepare(
      `SELECT r.team AS team, r.service AS service, s.tier AS tier, r.signal AS signal, r.cost_type AS costType,
              r.usage_unit AS usageUnit, r.currency AS currency, SUM(r.usage_quantity) AS usageQuantity,
              MAX(r.retention_days) AS retentionDays, SUM(r.cost_nanos) AS costNanos
         FROM cost_records r LEFT JOIN services s ON s.slug = r.service
        WHERE r.month = ?
        GROUP BY r.team, r.service, r.signal, r.cost_type, r.usage_unit, r.currency`,
    )
    .safeIntegers(true);
  return (statement.all(month) as RawSum[]).map((row) => ({
    ...row,
    tier: row.tier === null ? null : Number(row.tier),
    retentionDays: row.retentionDays === null ? null : Number(row.retentionDays),
    usageQuantity: row.usageQuantity === null ? null : Number(row.usageQuantity),
  }));
}

/** Months with cost records, newest first (at most 36). */
export function costMonths(): string[] {
  const rows = getConnection().sqlite.prepare("SELECT DISTINCT month FROM cost_records ORDER BY month DESC LIMIT 36").all() as { month: string }[];
  return rows.map((row) => row.month);
}

const PRICES_KEY = "cost_prices";

export async function getStoredPrices(): Promise<unknown> {
  return getSetting<unknown>(PRICES_KEY);
}

export async function setStoredPrices(prices: unknown, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const before = tx.select().from(settings).where(eq(settings.key, PRICES_KEY)).get()?.value ?? null;
    putSetting(tx, PRICES_KEY, prices);
    writeAudit(tx, actor, { action: "cost_prices.update", entity: "settings", entityId: PRICES_KEY, before, after: prices });
  });
}

// A cost file's lines staged while it streams in: each valid line goes into a TEMP table of this connection as it is
// parsed (in transactions of a few thousand), so the server holds those few thousand, never the file's records. The
// preview's figures are SQL sums over the staged lines, exact in bigint; committing copies them into cost_records, as
// one import batch, in one transaction. A staging area is private to the import that opened it and dropped after it.
import "server-only";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { CostRecord, ImportFormat, Nanos } from "@/lib/costs/types";
import { getConnection, getDb } from "../client";
import { costImportBatches, type CostImportBatch } from "../schema";
import { writeAudit, type Actor } from "./audit";

const FLUSH_EVERY = 2_000;
// The page cache while a batch is copied in (KiB). The connection's usual 64 MiB would fill with the batch's fresh pages
// (a 100,000-line file writes about 45 MB of table and index pages), evicting the pages reads keep hot all the same; a
// small cache lets SQLite spill them to the WAL as it goes and keeps the server's memory flat. Restored afterwards.
const COPY_CACHE_KIB = 16_384;

// The columns a staged line carries, in cost_records' names and order (batch_id is added when committing).
const COLUMNS = "row_hash, month, period_kind, period_start, period_end, team, service, signal, cost_type, tool, provider, environment, usage_quantity, usage_unit, retention_days, cost_nanos, currency";

/** A sum of staged lines by one key (month or team): its exact total and how many lines. */
export type StagedSum = { key: string; total: Nanos; lines: number };

export type StagedFigures = {
  lines: number;
  total: Nanos;
  /** The currencies the lines are in, alphabetically. */
  currencies: string[];
  months: StagedSum[];
  teams: StagedSum[];
  /** Lines whose row hash is already stored (an import skips them). */
  stored: number;
};

export type CostStaging = {
  /** Stages one line with its row hash. */
  add(record: CostRecord, rowHash: string): void;
  figures(): StagedFigures;
  /** Writes the staged lines not already stored as one batch (and its audit entry), in one transaction. */
  commit(input: { id: string; format: ImportFormat; fileName: string | null; currency: string; createdById: number | null }, actor: Actor): CostImportBatch;
  /** Drops the staging table; safe to call more than once. */
  discard(): void;
};

let opened = 0;

const sumsOf = (rows: { key: string; total: bigint; lines: bigint }[]): StagedSum[] => rows.map((row) => ({ key: row.key, total: row.total, lines: Number(row.lines) }));

/** Opens a staging area on this connection (a TEMP table only it uses). Call `discard` when done, also on failure. */
export function stageCostLines(): CostStaging {
  const { sqlite } = getConnection();
  opened += 1;
  const table = `temp.cost_staging_${process.pid}_${opened}`;
  sqlite.exec(`CREATE TABLE ${table} (seq INTEGER PRIMARY KEY, row_hash TEXT NOT NULL, month TEXT NOT NULL, period_kind TEXT NOT NULL,
    period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, team TEXT NOT NULL, service TEXT NOT NULL, signal TEXT NOT NULL,
    cost_type TEXT NOT NULL, tool TEXT NOT NULL, provider TEXT NOT NULL, environment TEXT NOT NULL, usage_quantity REAL,
    usage_unit TEXT, retention_days INTEGER, cost_nanos INTEGER NOT NULL, currency TEXT NOT NULL)`);
  const insert = sqlite.prepare(`INSERT INTO ${table} (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const pending: { record: CostRecord; rowHash: string }[] = [];
  const flush = sqlite.transaction(() => {
    for (const { record: r, rowHash } of pending) {
      insert.run(rowHash, r.month, r.periodKind, r.periodStart, r.periodEnd, r.team, r.service, r.signal, r.costType, r.tool, r.provider, r.environment, r.usageQuantity, r.usageUnit, r.retentionDays, r.costNanos, r.currency);
    }
    pending.length = 0;
  });
  let dropped = false;
  // The figures of the lines staged so far; an import reads them more than once (currencies, then rights), a new line clears them.
  let cached: StagedFigures | null = null;
  const read = <T>(sql: string): Database.Statement<[], T> => sqlite.prepare<[], T>(sql).safeIntegers(true);

  return {
    add(record, rowHash) {
      cached = null;
      pending.push({ record, rowHash });
      if (pending.length >= FLUSH_EVERY) flush();
    },

    figures() {
      if (cached) return cached;
      flush();
      const all = read<{ lines: bigint; total: bigint | null }>(`SELECT COUNT(*) AS lines, SUM(cost_nanos) AS total FROM ${table}`).get()!;
      const by = (column: string) => sumsOf(read<{ key: string; total: bigint; lines: bigint }>(`SELECT ${column} AS key, SUM(cost_nanos) AS total, COUNT(*) AS lines FROM ${table} GROUP BY ${column}`).all());
      const stored = read<{ n: bigint }>(`SELECT COUNT(*) AS n FROM ${table} s WHERE EXISTS (SELECT 1 FROM main.cost_records c WHERE c.row_hash = s.row_hash)`).get()!;
      cached = {
        lines: Number(all.lines),
        total: all.total ?? 0n,
        currencies: read<{ currency: string }>(`SELECT DISTINCT currency FROM ${table} ORDER BY currency`).all().map((row) => row.currency),
        months: by("month"),
        teams: by("team"),
        stored: Number(stored.n),
      };
      return cached;
    },

    commit(input, actor) {
      flush();
      const db = getDb();
      const fresh = read<{ lines: bigint; total: bigint | null }>(
        `SELECT COUNT(*) AS lines, SUM(cost_nanos) AS total FROM ${table} s WHERE NOT EXISTS (SELECT 1 FROM main.cost_records c WHERE c.row_hash = s.row_hash)`,
      );
      const all = read<{ lines: bigint }>(`SELECT COUNT(*) AS lines FROM ${table}`);
      // File order, so the lines' ids follow the file. "WHERE true" tells the parser the ON CONFLICT is the upsert's.
      const copy = sqlite.prepare(`INSERT INTO main.cost_records (batch_id, ${COLUMNS}) SELECT ?, ${COLUMNS} FROM ${table} WHERE true ORDER BY seq ON CONFLICT (row_hash) DO NOTHING`);
      const copyBatch = sqlite.transaction((): CostImportBatch => {
        db.insert(costImportBatches)
          .values({ id: input.id, format: input.format, fileName: input.fileName, rowsImported: 0, rowsSkipped: 0, totalNanos: 0n, currency: input.currency, createdById: input.createdById, createdBy: actor.label, createdAt: new Date() })
          .run();
        // Row hashes within one file are distinct (identical lines carry their occurrence), so the lines not yet stored
        // are exactly those the copy writes.
        const { lines, total: sum } = fresh.get()!;
        const { changes } = copy.run(input.id);
        const imported = Number(lines);
        if (changes !== imported) throw new Error(`staged import wrote ${changes} lines, expected ${imported}`);
        const total = sum ?? 0n;
        const skipped = Number(all.get()!.lines) - imported;
        db.update(costImportBatches).set({ rowsImported: imported, rowsSkipped: skipped, totalNanos: total }).where(eq(costImportBatches.id, input.id)).run();
        writeAudit(db, actor, {
          action: "cost_import.create",
          entity: "cost_import",
          entityId: input.id,
          after: { format: input.format, fileName: input.fileName, imported, skipped, total: total.toString(), currency: input.currency },
        });
        return db.select().from(costImportBatches).where(eq(costImportBatches.id, input.id)).get()!;
      });
      const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
      sqlite.pragma(`cache_size = -${COPY_CACHE_KIB}`);
      try {
        return copyBatch.immediate();
      } finally {
        sqlite.pragma(`cache_size = ${cacheSize}`);
      }
    },

    discard() {
      if (dropped) return;
      dropped = true;
      pending.length = 0;
      sqlite.exec(`DROP TABLE IF EXISTS ${table}`);
    },
  };
}

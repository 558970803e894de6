// Saved scenarios and the price list against a real temp database: rights, validation, conflicts, audit and the
// month's baseline read from records.
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/db/queries/audit";
import { getConnection } from "@/db/client";
import type { Caller } from "@/lib/access/caller";
import { UNCHANGED_LEVERS } from "@/lib/costs/whatif";
import { DEFAULT_PRICES, FINTECH_PLAN } from "@/lib/costs/whatif-defaults";
import { formatNanos } from "@/lib/costs/money";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { createScenario, deleteScenario, scenario, scenarios, updateScenario } from "./scenarios";
import { computeWhatIf, costPrices, setCostPrices, whatIfBaseline } from "./whatif";

setUpTempDatabase();

const admin: Caller = { kind: "user", actor: { kind: "user", id: 1, label: "ada@keel.test" }, userId: 1, role: "admin", teamIds: [] };
const editor: Caller = { kind: "user", actor: { kind: "user", id: 2, label: "eve@keel.test" }, userId: 2, role: "editor", teamIds: [] };
const viewer: Caller = { kind: "user", actor: { kind: "user", id: 3, label: "vic@keel.test" }, userId: 3, role: "viewer", teamIds: [] };

beforeAll(() => {
  const { sqlite } = getConnection();
  sqlite.exec(`INSERT INTO users (id, email, name, role) VALUES (1, 'ada@keel.test', 'Ada', 'admin'), (2, 'eve@keel.test', 'Eve', 'editor'), (3, 'vic@keel.test', 'Vic', 'viewer')`);
  sqlite.exec(`INSERT INTO cost_import_batches (id, format, status, rows_imported, rows_skipped, total_nanos, currency, created_by, created_at) VALUES ('b1', 'simple', 'imported', 2, 0, 0, 'USD', 'test', 0)`);
  const insert = sqlite.prepare(
    `INSERT INTO cost_records (batch_id, row_hash, month, period_kind, period_start, period_end, team, service, signal, cost_type, tool, provider, environment, usage_quantity, usage_unit, retention_days, cost_nanos, currency)
     VALUES ('b1', ?, ?, 'month', 0, 1, 'web', 'dashboard', 'logs', ?, 'Loki', 'grafana', 'production', ?, 'GB', 30, ?, 'USD')`,
  );
  insert.run("h1", "2026-11", "ingest", 300, 150_000_000_000);
  insert.run("h2", "2026-11", "storage", 300, 350_000_000_000);
  insert.run("h3", "2026-10", "ingest", 100, 50_000_000_000);
});

describe("the price list", () => {
  it("is Keel's default until an admin changes it; others are refused and nothing is written", async () => {
    expect(await costPrices()).toEqual(DEFAULT_PRICES);
    await expect(setCostPrices({ caller: editor, prices: { ...DEFAULT_PRICES, coldPerGbMonth: "0.02" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setCostPrices({ caller: admin, prices: { ...DEFAULT_PRICES, coldPerGbMonth: "-1" } })).rejects.toMatchObject({ code: "invalid", field: "coldPerGbMonth" });
    expect(await costPrices()).toEqual(DEFAULT_PRICES);
    await setCostPrices({ caller: admin, prices: { ...DEFAULT_PRICES, coldPerGbMonth: "0.02", currency: "usd" } });
    expect((await costPrices()).coldPerGbMonth).toBe("0.02");
    expect((await listAuditEntries({ entity: "settings" })).entries.some((e) => e.action === "cost_prices.update")).toBe(true);
    await setCostPrices({ caller: admin, prices: DEFAULT_PRICES });
  });
});

describe("the baseline and a computation", () => {
  it("reads the newest month's records as lines", async () => {
    const baseline = await whatIfBaseline();
    expect(baseline).toEqual({ month: "2026-11", currency: "USD", lines: [{ team: "web", service: "dashboard", tier: 3, signal: "logs", ingestGb: 300, retentionDays: 30, costNanos: 500_000_000_000n }] });
    expect((await whatIfBaseline("2026-10"))?.lines[0]?.ingestGb).toBe(100);
  });

  it("computes 14-day logs for tier 3 at the default prices: 10 GB a day × 16 days × 0.60 = 96.00", async () => {
    const levers = { ...UNCHANGED_LEVERS, retention: { ...UNCHANGED_LEVERS.retention, "3": { ...UNCHANGED_LEVERS.retention["3"], logs: 14 } } };
    const result = await computeWhatIf({ levers });
    expect(formatNanos(result.total.savingNanos)).toBe("96.00");
  });

  it("names the bad lever", async () => {
    await expect(computeWhatIf({ levers: { ...FINTECH_PLAN, debugLogs: { mode: "hours", hours: 0 } } })).rejects.toMatchObject({ code: "invalid", field: "levers.debugLogs.hours" });
    await expect(computeWhatIf({ month: "2026-13", levers: FINTECH_PLAN })).rejects.toMatchObject({ code: "invalid", field: "month" });
  });
});

describe("saved scenarios", () => {
  it("are saved by editors with the current prices, renamed, changed and deleted, each change audited", async () => {
    const saved = await createScenario({ caller: editor, input: { name: " Fintech plan ", levers: FINTECH_PLAN } });
    expect(saved).toMatchObject({ name: "Fintech plan", levers: FINTECH_PLAN, prices: DEFAULT_PRICES });
    await expect(createScenario({ caller: editor, input: { name: "Fintech plan", levers: FINTECH_PLAN } })).rejects.toMatchObject({ field: "name" });
    const renamed = await updateScenario({ caller: editor, id: saved.id, input: { name: "Plan B", levers: UNCHANGED_LEVERS } });
    expect(renamed).toMatchObject({ name: "Plan B", levers: UNCHANGED_LEVERS });
    expect((await scenarios()).map((s) => s.name)).toEqual(["Plan B"]);
    await deleteScenario({ caller: editor, id: saved.id });
    await expect(scenario(saved.id)).rejects.toMatchObject({ code: "not_found" });
    const actions = (await listAuditEntries({ entity: "cost_scenario" })).entries.map((e) => e.action).sort();
    expect(actions).toEqual(["cost_scenario.create", "cost_scenario.delete", "cost_scenario.update"]);
  });

  it("refuses viewers, bad levers and unknown ids, writing nothing", async () => {
    await expect(createScenario({ caller: viewer, input: { name: "Nope", levers: FINTECH_PLAN } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createScenario({ caller: editor, input: { name: "Bad", levers: { ...FINTECH_PLAN, traceSampling: { "1": 100, "2": 101, "3": 10 } } } })).rejects.toMatchObject({ code: "invalid", field: "levers.traceSampling.2" });
    await expect(updateScenario({ caller: editor, id: 9999, input: { name: "Ghost" } })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteScenario({ caller: editor, id: 9999 })).rejects.toMatchObject({ code: "not_found" });
    expect(await scenarios()).toEqual([]);
  });
});

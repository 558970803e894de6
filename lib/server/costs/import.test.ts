// Importing cost files into a real (temporary) database: exact totals, dedupe on re-import, rejection writes nothing,
// undo, and who may import which team's lines.
import { beforeAll, describe, expect, it } from "vitest";
import { getConnection } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { createUser } from "@/db/queries/users";
import { CLI_CALLER, type Caller } from "@/lib/access/caller";
import { parseNanos } from "@/lib/costs/money";
import { focusFixtureCsv, focusFixtureRows, FOCUS_FIXTURE_COLUMNS } from "@/lib/testing/focus-fixture";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { rowHasher } from "./import";
import { importCostFile, previewCostFile } from "./import-file";
import { costImports, undoCostImport } from "./imports";

setUpTempDatabase();

const csv = (text: string) => ({ kind: "csv" as const, chunks: (async function* () { for (let i = 0; i < text.length; i += 61) yield Buffer.from(text.slice(i, i + 61)); })(), fileName: "costs.csv" });
const storedRows = () => (getConnection().sqlite.prepare("SELECT count(*) AS n FROM cost_records").get() as { n: number }).n;
const stagingTables = () => getConnection().sqlite.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table'").all();
const storedTotal = () => (getConnection().sqlite.prepare("SELECT sum(cost_nanos) AS s FROM cost_records").safeIntegers(true).get() as { s: bigint | null }).s ?? 0n;

let paymentsEditor: Caller;
let readOnlyToken: Caller;

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  const pat = await createUser({ email: "pat@keel.test", name: "Pat", role: "editor", passwordHash: null }, CLI_ACTOR);
  paymentsEditor = { kind: "user", actor: { kind: "user", id: pat.id, label: "pat@keel.test" }, userId: pat.id, role: "editor", teamIds: [payments.id] };
  readOnlyToken = { kind: "token", actor: { kind: "token", id: 1, label: "token:ro" }, tokenId: 1, scopes: ["read"], teamIds: null };
});

const SIMPLE = ["month,team,service,signal,cost,currency,usage,unit", "2026-10,payments,checkout,logs,0.1000000001,USD,12,GB", "2026-10,payments,checkout,logs,0.1000000001,USD,12,GB", "2026-10,payments,checkout,traces,0.2,USD,,"].join("\n");

describe("importCostFile", () => {
  it("imports a FOCUS file of all 44 columns with its exact total, and a re-import skips every line", async () => {
    const text = focusFixtureCsv({ rows: 500, seed: 7 });
    const billed = FOCUS_FIXTURE_COLUMNS.indexOf("BilledCost");
    const expected = [...focusFixtureRows({ rows: 500, seed: 7 })].reduce((sum, row) => sum + parseNanos(row[billed]!)!, 0n);
    const before = storedTotal();
    const first = await importCostFile({ caller: CLI_CALLER, source: csv(text) });
    expect(first).toMatchObject({ imported: 500, skipped: 0 });
    expect(storedTotal() - before).toBe(expected);
    const again = await importCostFile({ caller: CLI_CALLER, source: csv(text) });
    expect(again).toMatchObject({ imported: 0, skipped: 500 });
    expect(storedTotal() - before).toBe(expected);
    await undoCostImport({ caller: CLI_CALLER, id: first.batch });
    await undoCostImport({ caller: CLI_CALLER, id: again.batch });
    expect(storedTotal()).toBe(before);
  });

  it("keeps two identical lines of one file as two lines (occurrence numbers), and skips both on re-import", async () => {
    const first = await importCostFile({ caller: CLI_CALLER, source: csv(SIMPLE) });
    expect(first).toMatchObject({ imported: 3, skipped: 0 });
    const preview = await previewCostFile({ caller: CLI_CALLER, source: csv(SIMPLE) });
    expect(preview).toMatchObject({ format: "simple", lines: 3, newLines: 0, storedLines: 3, issueCount: 0, total: "0.400000000", currency: "USD", refusal: null });
    expect(await importCostFile({ caller: CLI_CALLER, source: csv(SIMPLE) })).toMatchObject({ imported: 0, skipped: 3 });
    const undone = await undoCostImport({ caller: CLI_CALLER, id: first.batch });
    expect(undone.status).toBe("undone");
    await expect(undoCostImport({ caller: CLI_CALLER, id: first.batch })).rejects.toMatchObject({ code: "conflict" });
    await expect(undoCostImport({ caller: CLI_CALLER, id: "nope" })).rejects.toMatchObject({ code: "not_found" });
    expect((await costImports()).find((batch) => batch.id === first.batch)).toMatchObject({ status: "undone", imported: 3, total: "0.400000000" });
  });

  it("rejects a file with one bad line anywhere, naming line and column, and writes nothing", async () => {
    const rows = storedRows();
    const bad = `${SIMPLE}\n2026-10,payments,checkout,logs,12,USD,1,GB\n2026-10,payments,checkout,logs,abc,USD,1,GB`;
    await expect(importCostFile({ caller: CLI_CALLER, source: csv(bad) })).rejects.toMatchObject({ code: "invalid", message: "line 6: cost is not a number", field: "cost" });
    expect(storedRows()).toBe(rows);
    const preview = await previewCostFile({ caller: CLI_CALLER, source: csv(bad) });
    expect(preview.issues.map((issue) => issue.text)).toEqual(["line 6: cost is not a number"]);
    expect(preview.newLines).toBe(0);
  });

  it("lets a team member import only their team's lines; unallocated lines need a caller reaching every team", async () => {
    const rows = storedRows();
    const mixed = "month,team,service,signal,cost,currency\n2026-10,payments,checkout,logs,1,USD\n2026-10,streaming,live-video,logs,1,USD";
    await expect(importCostFile({ caller: paymentsEditor, source: csv(mixed) })).rejects.toMatchObject({ code: "forbidden", message: 'Only members of team "streaming" and admins can import its costs.' });
    const unallocated = "month,team,service,signal,cost,currency\n2026-10,,,logs,1,USD";
    await expect(importCostFile({ caller: paymentsEditor, source: csv(unallocated) })).rejects.toMatchObject({ code: "forbidden", message: "Only admins and tokens for every team can import unallocated cost lines (lines without a team)." });
    await expect(importCostFile({ caller: readOnlyToken, source: csv(SIMPLE) })).rejects.toMatchObject({ code: "forbidden", message: "This token lacks the 'write' scope." });
    expect(storedRows()).toBe(rows);
    const own = await importCostFile({ caller: paymentsEditor, source: csv("month,team,service,signal,cost,currency\n2026-11,payments,checkout,metrics,2.5,USD") });
    expect(own).toMatchObject({ imported: 1, skipped: 0 });
    const preview = await previewCostFile({ caller: paymentsEditor, source: csv(mixed) });
    expect(preview.refusal).toContain('"streaming"');
  });

  it("imports JSON records, and refuses mixed currencies", async () => {
    const result = await importCostFile({ caller: CLI_CALLER, source: { kind: "json", body: { records: [{ month: "2026-09", team: "payments", service: "checkout", signal: "logs", cost: "10.5", currency: "eur", usage: 3, unit: "GB" }] } } });
    expect(result).toMatchObject({ imported: 1, skipped: 0 });
    await expect(importCostFile({ caller: CLI_CALLER, source: { kind: "json", body: { records: [{ month: "2026-09", cost: 1, currency: "USD" }, { month: "2026-09", cost: 1, currency: "EUR" }] } } })).rejects.toMatchObject({ code: "invalid" });
    await expect(importCostFile({ caller: CLI_CALLER, source: { kind: "json", body: { records: [{ month: "2026-13", cost: 1, currency: "USD" }] } } })).rejects.toMatchObject({ message: 'records[0]: month "2026-13" is not a month (YYYY-MM)' });
  });

  it("stages lines only for the import that reads them: nothing is left staged after an import, a preview or a rejection", async () => {
    const cacheSize = () => getConnection().sqlite.pragma("cache_size", { simple: true });
    const before = cacheSize();
    const imported = await importCostFile({ caller: CLI_CALLER, source: csv("month,team,service,signal,cost,currency\n2030-01,payments,checkout,logs,3,USD") });
    expect(imported).toMatchObject({ imported: 1 });
    // The copy runs with a small page cache; the connection's own comes back afterwards.
    expect(cacheSize()).toBe(before);
    await previewCostFile({ caller: CLI_CALLER, source: csv(SIMPLE) });
    await expect(importCostFile({ caller: CLI_CALLER, source: csv(`${SIMPLE}\n2026-10,payments,checkout,logs,abc,USD,1,GB`) })).rejects.toMatchObject({ code: "invalid" });
    await expect(importCostFile({ caller: paymentsEditor, source: csv("month,team,service,signal,cost,currency\n2026-10,streaming,live-video,logs,1,USD") })).rejects.toMatchObject({ code: "forbidden" });
    expect(stagingTables()).toEqual([]);
    // Two previews read at once each see their own lines only.
    const [one, two] = await Promise.all([previewCostFile({ caller: CLI_CALLER, source: csv(SIMPLE) }), previewCostFile({ caller: CLI_CALLER, source: csv("month,team,service,signal,cost,currency\n2031-01,payments,checkout,logs,7,USD") })]);
    expect([one.lines, one.total, two.lines, two.total]).toEqual([3, "0.400000000", 1, "7.000000000"]);
    expect(stagingTables()).toEqual([]);
  });
});

describe("rowHasher", () => {
  it("keeps the row hashes of earlier imports (content, then occurrence), numbering identical lines of one file", () => {
    const line = { month: "2026-10", periodKind: "month" as const, periodStart: Date.UTC(2026, 9, 1), periodEnd: Date.UTC(2026, 10, 1), team: "payments", service: "checkout", signal: "logs" as const, costType: "unspecified" as const, tool: "", provider: "", environment: "unspecified", usageQuantity: 12, usageUnit: "GB", retentionDays: null, costNanos: 100_000_001n, currency: "USD" };
    const hash = rowHasher();
    const [first, second, other] = [hash(line), hash({ ...line }), hash({ ...line, team: "search" })];
    // Stored hashes must never change: a re-import is matched by them.
    expect(first).toBe("hQusrGrVXZBofFAclDCSQnBpYFavpj2-3cD-xjDvAio");
    expect(second).toBe("t3psfnsm6PGTRp4pviY_x3IPKPJ7pjyK0AuCo1vcWGI");
    expect(new Set([first, second, other]).size).toBe(3);
    expect(rowHasher()(line)).toBe(first);
  });
});

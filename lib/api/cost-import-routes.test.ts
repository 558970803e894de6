// Cost imports through the API: CSV and JSON bodies, the preview, 400 naming the line, 413 over the cap, 403 by team, undo.
import { beforeAll, describe, expect, it } from "vitest";
import * as undoRoute from "@/app/api/v1/costs/imports/[id]/undo/route";
import * as importsRoute from "@/app/api/v1/costs/imports/route";
import * as costsRoute from "@/app/api/v1/costs/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { MiB } from "./body";
import { limitedChunks } from "./cost-body";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.payments = (await createApiToken({ name: "payments-bot", scopes: ["read", "write"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
});

const post = (path: string, token: string, body: BodyInit, type = "text/csv", headers: Record<string, string> = {}) =>
  costsRoute.POST(new Request(`http://keel.test${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": type, ...headers }, body, duplex: "half" } as RequestInit), undefined);

const CSV = "month,team,service,signal,cost,currency,usage,unit\n2026-10,payments,checkout,logs,1.005,USD,2,GB\n2026-10,streaming,cdn-edge,metrics,2.995,USD,,";

describe("POST /api/v1/costs", () => {
  it("previews without writing, imports, skips on re-import, lists and undoes", async () => {
    const preview = await post("/api/v1/costs?preview=true", tokens.write!, CSV);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ format: "simple", lines: 2, newLines: 2, storedLines: 0, total: "4.000000000", currency: "USD", issueCount: 0 });
    const first = await post("/api/v1/costs?fileName=oct.csv", tokens.write!, CSV);
    expect(first.status).toBe(200);
    const { batch, ...counts } = await first.json();
    expect(counts).toEqual({ imported: 2, skipped: 0 });
    expect(await (await post("/api/v1/costs", tokens.write!, CSV)).json()).toMatchObject({ imported: 0, skipped: 2 });
    const list = await (await importsRoute.GET(new Request("http://keel.test/api/v1/costs/imports", { headers: { authorization: `Bearer ${tokens.read}` } }), undefined)).json();
    expect(list.imports.find((entry: { id: string }) => entry.id === batch)).toMatchObject({ fileName: "oct.csv", imported: 2, total: "4.000000000", status: "imported" });
    const undo = (id: string, token: string) => undoRoute.POST(new Request(`http://keel.test/api/v1/costs/imports/${id}/undo`, { method: "POST", headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id }) });
    expect((await undo(batch, tokens.payments!)).status).toBe(403);
    expect((await undo(batch, tokens.write!)).status).toBe(200);
    expect((await undo(batch, tokens.write!)).status).toBe(409);
    expect((await undo("missing", tokens.write!)).status).toBe(404);
  });

  it("takes JSON records", async () => {
    const response = await post("/api/v1/costs", tokens.write!, JSON.stringify({ records: [{ month: "2026-08", team: "payments", service: "checkout", signal: "traces", cost: "0.25", currency: "USD" }] }), "application/json");
    expect(await response.json()).toMatchObject({ imported: 1, skipped: 0 });
  });

  it("answers 400 naming the line, 403 for another team or no write scope, 413 for a declared size over 100 MiB", async () => {
    const bad = await post("/api/v1/costs", tokens.write!, `${CSV}\n2026-10,payments,checkout,logs,1.5.0,USD,,`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "bad_request", message: "line 4: cost is not a number", field: "cost" } });
    const other = await post("/api/v1/costs", tokens.payments!, CSV);
    expect(other.status).toBe(403);
    expect((await other.json()).error.message).toContain('"streaming"');
    expect((await post("/api/v1/costs", tokens.read!, CSV)).status).toBe(403);
    expect((await post("/api/v1/costs", tokens.write!, CSV, "application/xml")).status).toBe(400);
    const declared = await post("/api/v1/costs", tokens.write!, "month,cost,currency\n", "text/csv", { "content-length": String(100 * MiB + 1) });
    expect(declared.status).toBe(413);
    // One endless line is refused as soon as it passes 1 MiB, without reading on.
    const line = await post("/api/v1/costs", tokens.write!, new Uint8Array(3 * MiB).fill(0x41));
    expect(line.status).toBe(400);
  });

  it("stops reading a streamed body at 100 MiB with 413", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += MiB;
        controller.enqueue(new Uint8Array(MiB).fill(0x41));
      },
    });
    const request = new Request("http://keel.test/api/v1/costs", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    const read = async () => {
      for await (const chunk of limitedChunks(request)) void chunk;
    };
    await expect(read()).rejects.toMatchObject({ code: "payload_too_large" });
    expect(sent).toBeLessThan(110 * MiB);
  });
});

// OpenSLO import and export through the API, against a real temporary database: fixtures in, YAML out and back, all-or-nothing refusals.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { slos } from "@/db/schema";
import * as exportRoute from "@/app/api/v1/openslo/export/route";
import * as importRoute from "@/app/api/v1/openslo/route";
import * as sliRoute from "@/app/api/v1/sli/route";
import * as sloOpenSloRoute from "@/app/api/v1/slos/[slug]/openslo/route";
import * as sloRoute from "@/app/api/v1/slos/[slug]/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { importOpenSlo, OpenSloImportRefused } from "@/db/queries/openslo";
import { countServices, createService, findServiceBySlug } from "@/db/queries/services";
import { definitionToJson, findSloBySlug, listSlos } from "@/db/queries/slos";
import { createTeam, listTeams } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { parseOpenSlo, type OpenSloImport } from "@/lib/openslo/parse";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const fixture = (name: string) => fs.readFileSync(path.resolve("e2e/fixtures/external", name), "utf8");
const tokens: Record<"read" | "write" | "ingest", string> = { read: "", write: "", ingest: "" };
const teamIds: Record<string, number> = {};

beforeAll(async () => {
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], createdById: null }, CLI_ACTOR)).token;
  tokens.ingest = (await createApiToken({ name: "exporter", scopes: ["ingest"], createdById: null }, CLI_ACTOR)).token;
  for (const [slug, name] of [
    ["payments", "Payments"],
    ["discovery", "Discovery"],
  ]) {
    teamIds[slug] = (await createTeam({ slug: slug!, name: name! }, CLI_ACTOR)).id;
  }
  await createService({ slug: "search", name: "Search", teamId: teamIds.discovery!, tier: 2 }, CLI_ACTOR);
});

function postYaml(body: string, options: { token?: string; type?: string; query?: string } = {}): Promise<Response> {
  const request = new Request(`http://keel.test/api/v1/openslo${options.query ?? ""}`, {
    method: "POST",
    headers: { authorization: `Bearer ${options.token ?? tokens.write}`, "content-type": options.type ?? "application/yaml" },
    body,
  });
  return importRoute.POST(request, undefined);
}

function get(path: string, token = tokens.read): Request {
  return new Request(`http://keel.test${path}`, { headers: { authorization: `Bearer ${token}` } });
}
const slugCtx = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function exportOne(slug: string): Promise<string> {
  const response = await sloOpenSloRoute.GET(get(`/api/v1/slos/${slug}/openslo`), slugCtx(slug));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
  return response.text();
}

async function definition(slug: string) {
  const record = await findSloBySlug(slug);
  if (!record) throw new Error(`no SLO ${slug}`);
  return definitionToJson(record);
}

/** Everything a refused import must leave alone. */
async function snapshot() {
  return { audit: (await listAuditEntries()).total, slos: (await listSlos()).length, services: await countServices(), teams: (await listTeams()).length };
}

// What the database adds to an imported definition: the incident settings stay Keel's (OpenSLO does not carry them).
const DEFAULTS = { description: "", latencyThresholdMs: null, timesliceTarget: null, segment: null, source: { kind: "push" }, alertWindows: null, policy: null, reviewCadenceDays: 90, staleAfterMinutes: 15, incidentOnPage: "auto", incidentOnStale: false };

describe("importing the OpenSLO specification's examples", () => {
  it("occurences-slo.yaml with ?team=payments: the missing service joins that team", async () => {
    const response = await postYaml(fixture("openslo/occurences-slo.yaml"), { query: "?team=payments" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ created: ["search-slo"], updated: [], servicesCreated: ["web-shop"] });
    expect(await findServiceBySlug("web-shop")).toMatchObject({ name: "web-shop", teamSlug: "payments", tier: 2 });
    expect(await definition("search-slo")).toEqual({
      ...DEFAULTS,
      slug: "search-slo",
      name: "Searching time",
      service: "web-shop",
      description: "Regardless of the number of paraller searches it never should be more than 500ms.",
      sliKind: "latency",
      latencyThresholdMs: 500,
      target: 0.99,
      window: { kind: "rolling", days: 14 },
      budgetingMethod: "occurrences",
      // What the export gives back beyond Keel's own fields: the threshold SLI as written, the objective's name, "2w".
      source: {
        kind: "push",
        openslo: {
          metric: "threshold",
          threshold: { type: "Any", spec: { query: "Any" } },
          indicator: { name: "search-latency", displayName: "Latency of user searches" },
          objective: { displayName: "Good experience", value: 500, valueMs: 500 },
          timeWindow: { duration: "2w" },
        },
      },
    });
    const audit = (await listAuditEntries({ entity: "slo" })).entries.find((entry) => entry.entityId === "search-slo");
    expect(audit).toMatchObject({ action: "slo.import.create", actorLabel: "token:writer" });
  });

  it("ratio-timeslices.yaml: the service exists now, so only the SLO is created", async () => {
    const response = await postYaml(fixture("openslo/ratio-timeslices.yaml"), { type: "text/yaml; charset=utf-8" });
    expect(await response.json()).toEqual({ created: ["main-page"], updated: [], servicesCreated: [] });
    expect(await definition("main-page")).toMatchObject({ sliKind: "ratio", target: 0.99, window: { kind: "rolling", days: 14 }, budgetingMethod: "ratioTimeslices", timesliceTarget: null });
  });

  it("low-traffic-timeslices-slo.yaml without a team: the service goes to an Unassigned team made on demand", async () => {
    const response = await postYaml(fixture("openslo/low-traffic-timeslices-slo.yaml"), { type: "application/x-yaml" });
    expect(await response.json()).toEqual({ created: ["service-availability"], updated: [], servicesCreated: ["web-availability"] });
    expect(await findServiceBySlug("web-availability")).toMatchObject({ teamSlug: "unassigned", teamName: "Unassigned" });
    expect(await definition("service-availability")).toMatchObject({
      window: { kind: "calendar", unit: "week", timeZone: "America/New_York" },
      budgetingMethod: "timeslices",
      timesliceTarget: 0.95,
      target: 0.9995,
    });
  });

  it("timeslices-slo.yaml as it stands: 400 naming the document and duration, nothing written", async () => {
    const before = await snapshot();
    const response = await postYaml(fixture("openslo/timeslices-slo.yaml"));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "bad_request", field: "documents[0].spec.timeWindow[0].duration" });
    expect(body.errors).toEqual([{ document: 0, path: "spec.timeWindow[0].duration", message: expect.stringContaining("1M") }]);
    expect(await snapshot()).toEqual(before);
  });

  it("timeslices-slo.yaml with 1M: one calendar-month SLO per objective", async () => {
    const response = await postYaml(fixture("openslo/timeslices-slo.yaml").replace("duration: 1m", "duration: 1M"), { type: "text/plain" });
    expect(await response.json()).toEqual({ created: ["service-availability-internal-objective", "service-availability-sla"], updated: [], servicesCreated: [] });
    expect(await definition("service-availability-sla")).toMatchObject({ target: 0.99, timesliceTarget: 0.99, window: { kind: "calendar", unit: "month", timeZone: "America/New_York" } });
  });

  it("a Sloth spec: a Prometheus-pulled 30-day SLO", async () => {
    const response = await postYaml(fixture("sloth/getting-started.yml"), { query: "?team=payments" });
    expect(await response.json()).toEqual({ created: ["myservice-requests-availability"], updated: [], servicesCreated: ["myservice"] });
    expect((await definition("myservice-requests-availability")).source).toMatchObject({ kind: "prometheus", datasource: "prometheus" });
  });
});

describe("a file of Service, SLI and SLO documents", () => {
  const file = `apiVersion: openslo/v1
kind: Service
metadata:
  name: ledger
  displayName: Ledger
  labels: { team: discovery, tier: "1" }
spec: { description: Books every movement. }
---
apiVersion: openslo/v1
kind: SLI
metadata: { name: ledger-writes }
spec:
  ratioMetric:
    good: { metricSource: { type: Prometheus, metricSourceRef: prom, spec: { query: "sum(increase(ledger_ok[1m]))" } } }
    total: { metricSource: { type: Prometheus, metricSourceRef: prom, spec: { query: "sum(increase(ledger_all[1m]))" } } }
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: ledger-writes }
spec:
  service: ledger
  indicatorRef: ledger-writes
  timeWindow: [{ duration: 4w, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ targetPercent: 99.95 }]
`;

  it("creates the service for the team its label names, and the SLO reading its SLI", async () => {
    const response = await postYaml(file, { query: "?team=payments" });
    expect(await response.json()).toEqual({ created: ["ledger-writes"], updated: [], servicesCreated: ["ledger"] });
    expect(await findServiceBySlug("ledger")).toMatchObject({ name: "Ledger", description: "Books every movement.", teamSlug: "discovery", tier: 1 });
    expect(await definition("ledger-writes")).toMatchObject({
      target: 0.9995,
      window: { kind: "rolling", days: 28 },
      source: { kind: "prometheus", datasource: "prom", goodQuery: "sum(increase(ledger_ok[1m]))", totalQuery: "sum(increase(ledger_all[1m]))" },
    });
  });
});

describe("export and re-import", () => {
  it("GET /slos/{slug}/openslo re-imports as an update that changes nothing, and exports byte for byte the same again", async () => {
    for (const slug of ["search-slo", "service-availability", "service-availability-internal-objective", "myservice-requests-availability", "ledger-writes"]) {
      const before = await definition(slug);
      const exported = await exportOne(slug);
      const response = await postYaml(exported);
      expect(await response.json(), slug).toEqual({ created: [], updated: [slug], servicesCreated: [] });
      expect(await definition(slug), slug).toEqual(before);
      expect(await exportOne(slug), slug).toBe(exported);
    }
    expect((await listAuditEntries({ entity: "slo" })).entries[0]).toMatchObject({ action: "slo.import.update" });
  });

  it("carries the staleness limit in keel.dev/stale-after-minutes, never stale included", async () => {
    for (const limit of [null, 240]) {
      getDb().update(slos).set({ staleAfterMinutes: limit }).where(eq(slos.slug, "ledger-writes")).run();
      const yaml = await exportOne("ledger-writes");
      expect(yaml).toContain(`keel.dev/stale-after-minutes: ${limit === null ? "never" : `"${limit}"`}`);
      getDb().update(slos).set({ staleAfterMinutes: 15 }).where(eq(slos.slug, "ledger-writes")).run();
      await postYaml(yaml);
      expect((await definition("ledger-writes")).staleAfterMinutes).toBe(limit);
    }
  });

  it("the whole export re-imports unchanged, and ?team= narrows it", async () => {
    const all = await listSlos();
    const before = await Promise.all(all.map((slo) => definition(slo.slug)));
    const response = await exportRoute.GET(get("/api/v1/openslo/export"), undefined);
    expect(response.headers.get("content-disposition")).toContain("keel-openslo.yaml");
    const yaml = await response.text();
    const reimport = await postYaml(yaml);
    expect(await reimport.json()).toEqual({ created: [], updated: all.map((slo) => slo.slug), servicesCreated: [] });
    expect(await Promise.all(all.map((slo) => definition(slo.slug)))).toEqual(before);

    const discovery = await (await exportRoute.GET(get("/api/v1/openslo/export?team=discovery"), undefined)).text();
    const parsed = parseOpenSlo(discovery);
    expect(parsed.ok && parsed.slos.map((s) => s.definition.slug)).toEqual(["ledger-writes"]);
    expect(parsed.ok && parsed.services.map((s) => [s.slug, s.team])).toEqual([["ledger", "discovery"]]);
  });

  it("a changed time-slice target rebuilds the running sums of minutes already stored", async () => {
    const yaml = (timeSliceTarget: number) => `apiVersion: openslo/v1
kind: SLO
metadata: { name: search-fast }
spec:
  service: search
  indicator: { spec: { thresholdMetric: { metricSource: { type: Custom } } } }
  timeWindow: [{ duration: 7d, isRolling: true }]
  budgetingMethod: Timeslices
  objectives: [{ op: lt, value: 200, target: 0.9, timeSliceTarget: ${timeSliceTarget}, timeSliceWindow: 1m }]
`;
    expect(await (await postYaml(yaml(0.95))).json()).toMatchObject({ created: ["search-fast"] });
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const points = Array.from({ length: 10 }, (_, i) => ({ slo: "search-fast", ts: new Date(now - (i + 1) * 60_000).toISOString(), good: 96, total: 100 }));
    const ingest = new Request("http://keel.test/api/v1/sli", { method: "POST", headers: { authorization: `Bearer ${tokens.ingest}`, "content-type": "application/json" }, body: JSON.stringify({ points }) });
    expect((await sliRoute.POST(ingest, undefined)).status).toBe(200);
    const sli = async () => (await (await sloRoute.GET(get(`/api/v1/slos/search-fast?at=${new Date(now).toISOString()}`), slugCtx("search-fast"))).json()).sli;
    expect(await sli()).toBe(1);
    expect(await (await postYaml(yaml(0.97))).json()).toMatchObject({ updated: ["search-fast"] });
    expect(await sli()).toBe(0);
  });
});

describe("refusals", () => {
  it("a file with several bad documents: 400 listing each by index and path, nothing written", async () => {
    const before = await snapshot();
    const good = fixture("openslo/ratio-timeslices.yaml").replace("name: main-page", "name: brand-new");
    const file = [
      good,
      fixture("openslo/timeslices-slo.yaml"),
      "apiVersion: openslo/v1\nkind: Widget\nmetadata: { name: w }\n",
      fixture("openslo/occurences-slo.yaml").replace("target: 0.99", "target: 99"),
    ].join("\n---\n");
    const response = await postYaml(file, { query: "?team=payments" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.field).toBe("documents[1].spec.timeWindow[0].duration");
    expect(body.error.message).toContain("and 2 more");
    expect(body.errors.map((e: { document: number; path: string }) => `${e.document} ${e.path}`)).toEqual(["1 spec.timeWindow[0].duration", "2 kind", "3 spec.objectives[0].target"]);
    expect(await snapshot()).toEqual(before);
    expect(await findSloBySlug("brand-new")).toBeUndefined();
  });

  it("refuses other body types with 400 naming Content-Type, an unknown ?team= with 400 naming team", async () => {
    const before = await snapshot();
    const json = await postYaml(fixture("openslo/ratio-timeslices.yaml"), { type: "application/json" });
    expect(json.status).toBe(400);
    expect((await json.json()).error.field).toBe("Content-Type");
    const team = await postYaml(fixture("openslo/ratio-timeslices.yaml").replace("main-page", "other-page"), { query: "?team=nope" });
    expect(team.status).toBe(400);
    expect((await team.json()).error.field).toBe("team");
    const syntax = await postYaml("apiVersion: openslo/v1\nkind: [SLO\n");
    expect(syntax.status).toBe(400);
    expect((await syntax.json()).error.field).toBe("documents[0]");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 401 for an unknown token, 403 without write, 413 over 1 MiB, 404 for an unknown SLO", async () => {
    expect((await postYaml(fixture("openslo/ratio-timeslices.yaml"), { token: "keel_not-a-token" })).status).toBe(401);
    const readOnly = await postYaml(fixture("openslo/ratio-timeslices.yaml"), { token: tokens.read });
    expect(readOnly.status).toBe(403);
    expect((await readOnly.json()).error.code).toBe("forbidden");
    expect((await postYaml(`# ${"x".repeat(1024 * 1024)}\n`)).status).toBe(413);
    expect((await sloOpenSloRoute.GET(get("/api/v1/slos/nope/openslo"), slugCtx("nope"))).status).toBe(404);
    expect((await sloOpenSloRoute.GET(get("/api/v1/slos/search-slo/openslo", "keel_not-a-token"), slugCtx("search-slo"))).status).toBe(401);
    expect((await exportRoute.GET(get("/api/v1/openslo/export", tokens.ingest), undefined)).status).toBe(403);
  });

  it("editors import only for their teams' services, and new services only into their teams", async () => {
    const parsed = (text: string): OpenSloImport => {
      const result = parseOpenSlo(text);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result;
    };
    const editor = { kind: "user" as const, id: null, label: "editor@keel.local" };
    const before = await snapshot();
    const onSearch = parsed(fixture("openslo/ratio-timeslices.yaml").replace("web-shop", "search").replace("main-page", "search-page"));
    await expect(importOpenSlo(onSearch, editor, { teamIdsAllowed: [teamIds.payments!] })).rejects.toBeInstanceOf(OpenSloImportRefused);
    const newService = parsed(fixture("openslo/ratio-timeslices.yaml").replace("web-shop", "brand-new-service"));
    await expect(importOpenSlo(newService, editor, { teamIdsAllowed: [teamIds.payments!] })).rejects.toThrow(/not one of yours/);
    // Updating an SLO of another team is refused even when the file moves it to the editor's team.
    const moved = parsed((await exportOne("ledger-writes")).replace("service: ledger", "service: web-shop"));
    await expect(importOpenSlo(moved, editor, { teamIdsAllowed: [teamIds.payments!] })).rejects.toThrow(/belongs to another team/);
    expect(await snapshot()).toEqual(before);

    const result = await importOpenSlo(newService, editor, { teamIdsAllowed: [teamIds.payments!], defaultTeamSlug: "payments" });
    // main-page exists (on web-shop, a payments service): it moves to the new payments service.
    expect(result).toEqual({ created: [], updated: ["main-page"], servicesCreated: ["brand-new-service"] });
    expect((await definition("main-page")).service).toBe("brand-new-service");
    expect(await findServiceBySlug("brand-new-service")).toMatchObject({ teamSlug: "payments" });
  });
});

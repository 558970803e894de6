import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, operationObject, requestSchema } from "./openapi";
import type { Operation } from "./operation";
import type { RouteHandler } from "./route";

/** Route files under app/api, as OpenAPI paths: app/api/v1/slos/[slug]/route.ts → /api/v1/slos/{slug}. */
function routeFiles(dir = path.resolve("app/api"), prefix = "/api"): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("[...")) continue;
    const segment = entry.name.replace(/^\[(.+)\]$/, "{$1}");
    const full = path.join(dir, entry.name);
    if (fs.existsSync(path.join(full, "route.ts"))) found.push({ file: path.join(full, "route.ts"), path: `${prefix}/${segment}` });
    found.push(...routeFiles(full, `${prefix}/${segment}`));
  }
  return found;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const PUBLIC = new Set(["/api/health", "/api/v1/openapi.json", "/api/v1/oncall/{schedule}.ics"]);
/** A route folder [schedule] can serve a documented path with a suffix in its last segment: /api/v1/oncall/{schedule}.ics. */
const folderOf = (documented: string) => documented.replace(/\}\.\w+$/, "}");

describe("the OpenAPI document", () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
  const documentedPath = (route: string) => Object.keys(doc.paths).find((documented) => folderOf(documented) === route) ?? route;

  it("is OpenAPI 3.1 and has a path for every route file", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(routeFiles().map((r) => r.path).sort()).toEqual(Object.keys(doc.paths).map(folderOf).sort());
  });

  it("documents each handler with the operation it parses with", async () => {
    for (const file of routeFiles()) {
      const route = { ...file, path: documentedPath(file.path) };
      const mod = (await import(route.file)) as Partial<Record<(typeof METHODS)[number], RouteHandler>>;
      for (const method of METHODS) {
        const handler = mod[method];
        if (!handler) {
          expect(doc.paths[route.path]![method.toLowerCase()], `${method} ${route.path} is documented but has no handler`).toBeUndefined();
          continue;
        }
        const documented = doc.paths[route.path]![method.toLowerCase()];
        expect(documented, `${method} ${route.path} has a handler but no entry`).toBeDefined();
        if (PUBLIC.has(route.path)) continue;
        const operation: Operation | undefined = handler.operation;
        expect(operation, `${method} ${route.path} is not built with apiRoute from its operation`).toBeDefined();
        expect([operation!.method, operation!.path]).toEqual([method, route.path]);
        // What the document says is generated from the very schema object the handler parses with.
        expect(documented).toEqual(operationObject(operation!));
        const parsedWith = operation!.body ?? operation!.jsonBody?.schema;
        if (parsedWith) expect((documented!.requestBody as { content: Record<string, { schema: unknown }> }).content["application/json"]!.schema).toEqual(requestSchema(parsedWith));
      }
    }
  });

  it("shows the contract's request fields", () => {
    const sli = doc.paths["/api/v1/sli"]!.post!.requestBody as { content: { "application/json": { schema: { properties: { points: { items: { properties: Record<string, unknown>; required: string[] } } } } } } };
    const point = sli.content["application/json"].schema.properties.points.items;
    expect(Object.keys(point.properties)).toEqual(["slo", "ts", "good", "total"]);
    expect(point.required).toEqual(["slo", "ts", "good", "total"]);
    const slo = doc.paths["/api/v1/slos"]!.post!.requestBody as { content: { "application/json": { schema: { required: string[] } } } };
    expect(slo.content["application/json"].schema.required).toEqual(expect.arrayContaining(["slug", "name", "service", "sliKind", "target", "window", "budgetingMethod"]));
    expect(doc.paths["/api/v1/teams"]!.post!["x-keel-scope"]).toBe("admin");
  });
});

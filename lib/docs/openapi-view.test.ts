import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { anchorFor, buildApiReference, describeSchema, groupOf, type SchemaNode } from "./openapi-view";

const doc = {
  openapi: "3.1.0",
  info: { title: "Test API", version: "2", description: "For tests." },
  components: {
    schemas: {
      Tier: { enum: [1, 2, 3], description: "Service tier." },
      Owner: { type: "object", required: ["team"], properties: { team: { type: "string" }, pager: { type: ["string", "null"], description: "Pager handle." } } },
      Node: { type: "object", properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } },
    },
    parameters: { Slug: { name: "slug", in: "path", schema: { type: "string" }, description: "The slug." } },
    responses: { NotFound: { description: "No such thing.", content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" } } } } } } },
  },
  paths: {
    "/api/v1/things/{slug}": {
      parameters: [{ $ref: "#/components/parameters/Slug" }],
      get: { summary: "A thing", security: [{ bearer: ["read"] }, { session: ["read"] }], parameters: [{ name: "at", in: "query", schema: { type: "string", format: "date-time" } }], responses: { "404": { $ref: "#/components/responses/NotFound" }, "200": { description: "OK" } } },
      put: {
        summary: "Change a thing",
        description: "Replaces it.",
        security: [{ bearer: ["write"] }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["owner"], properties: { owner: { $ref: "#/components/schemas/Owner" }, tier: { $ref: "#/components/schemas/Tier" } } } } } },
        responses: { "204": { description: "Changed" } },
      },
    },
    "/api/health": { get: { summary: "Alive", security: [], responses: { "200": { description: "OK" } } } },
    "/api/v1/tagged": { post: { tags: ["Ingest"], responses: {} } },
  },
};

const field = (node: SchemaNode, ...names: string[]): SchemaNode =>
  names.reduce((current, name) => {
    const found = current.fields.find((f) => f.name === name);
    if (!found) throw new Error(`no field ${name} in ${current.fields.map((f) => f.name).join(", ")}`);
    return found.schema;
  }, node);

describe("describeSchema", () => {
  it("resolves $refs and keeps the component's name", () => {
    const node = describeSchema(doc, { $ref: "#/components/schemas/Owner" });
    expect(node.ref).toBe("Owner");
    expect(node.type).toBe("object");
    expect(node.fields.map((f) => [f.name, f.required])).toEqual([["team", true], ["pager", false]]);
  });

  it("reads type arrays with null as nullable", () => {
    const pager = field(describeSchema(doc, { $ref: "#/components/schemas/Owner" }), "pager");
    expect(pager).toMatchObject({ type: "string", nullable: true, description: "Pager handle." });
  });

  it("lists enum and const values with their inferred type", () => {
    expect(describeSchema(doc, { $ref: "#/components/schemas/Tier" })).toMatchObject({ type: "integer", enumValues: ["1", "2", "3"], description: "Service tier." });
    expect(describeSchema(doc, { const: "rolling" })).toMatchObject({ type: "string", enumValues: ['"rolling"'] });
    expect(describeSchema(doc, { enum: ["a", null] })).toMatchObject({ type: "string", nullable: true, enumValues: ['"a"'] });
  });

  it("describes arrays by their items, objects nested inside", () => {
    const node = describeSchema(doc, { type: "array", maxItems: 10, items: { type: "object", required: ["x"], properties: { x: { type: "object", properties: { y: { type: "integer", minimum: 0 } } } } } });
    expect(node.type).toBe("array of object");
    expect(node.constraints).toContain("at most 10 items");
    expect(field(node, "x", "y")).toMatchObject({ type: "integer", constraints: ["minimum 0"] });
    expect(describeSchema(doc, { type: "array", items: { enum: ["page", "ticket"] } })).toMatchObject({ type: "array of string", enumValues: ['"page"', '"ticket"'] });
  });

  it("keeps oneOf and anyOf alternatives and folds a null alternative into nullable", () => {
    const ts = describeSchema(doc, { oneOf: [{ type: "string", format: "date-time" }, { type: "number" }] });
    expect(ts).toMatchObject({ type: "one of", variantKind: "oneOf" });
    expect(ts.variants.map((v) => v.type)).toEqual(["string", "number"]);
    expect(ts.variants[0]!.constraints).toEqual(["format date-time"]);
    const maybe = describeSchema(doc, { anyOf: [{ $ref: "#/components/schemas/Owner" }, { type: "null" }] });
    expect(maybe).toMatchObject({ ref: "Owner", type: "object", nullable: true });
    expect(describeSchema(doc, { anyOf: [{ type: "string" }, { type: "integer" }] }).type).toBe("any of");
  });

  it("stops at a recursive reference instead of looping", () => {
    const node = describeSchema(doc, { $ref: "#/components/schemas/Node" });
    const children = field(node, "children");
    expect(children).toMatchObject({ type: "array of Node", itemRef: "Node", fields: [] });
    expect(field(node, "name").type).toBe("string");
  });

  it("merges allOf parts and describes maps", () => {
    const merged = describeSchema(doc, { allOf: [{ $ref: "#/components/schemas/Owner" }, { type: "object", properties: { extra: { type: "boolean" } } }] });
    expect(merged.fields.map((f) => f.name)).toEqual(["team", "pager", "extra"]);
    expect(describeSchema(doc, { type: "object", additionalProperties: { type: "number" } }).type).toBe("map of number");
  });
});

describe("buildApiReference", () => {
  const view = buildApiReference(doc);

  it("groups operations by tag, else by their path prefix", () => {
    expect(view.groups.map((g) => g.name)).toEqual(["/api/v1/things", "/api/health", "Ingest"]);
    expect(groupOf("/api/v1/slos/{slug}/series", undefined)).toBe("/api/v1/slos");
    expect(groupOf("/api/v1/openapi.json", [])).toBe("/api/v1/openapi.json");
    expect(anchorFor("post", "/api/v1/sli")).toBe("post-api-v1-sli");
  });

  it("merges path-level parameters, resolves parameter and response $refs, sorts responses", () => {
    const get = view.groups[0]!.operations[0]!;
    expect(get).toMatchObject({ id: "get-api-v1-things-slug", method: "GET", summary: "A thing", scopes: ["read"], schemes: ["bearer", "session"], public: false });
    expect(get.parameters.map((p) => [p.in, p.name, p.required, p.description ?? null])).toEqual([
      ["path", "slug", true, "The slug."],
      ["query", "at", false, null],
    ]);
    expect(get.responses.map((r) => [r.status, r.description, r.contentType ?? null])).toEqual([
      ["200", "OK", null],
      ["404", "No such thing.", "application/json"],
    ]);
  });

  it("describes the request body with required fields and marks public operations", () => {
    const put = view.groups[0]!.operations[1]!;
    expect(put.requestBody).toMatchObject({ contentType: "application/json", required: true });
    expect(put.requestBody!.schema!.fields.map((f) => [f.name, f.required, f.schema.ref])).toEqual([
      ["owner", true, "Owner"],
      ["tier", false, "Tier"],
    ]);
    expect(view.groups[1]!.operations[0]).toMatchObject({ public: true, scopes: [] });
    expect(view.schemas.map((s) => s.name)).toEqual(["Tier", "Owner", "Node"]);
  });

  it("reads Keel's own document: the SLI push lists its point fields", () => {
    const keel = buildApiReference(openApiDocument());
    const sli = keel.groups.flatMap((g) => g.operations).find((o) => o.method === "POST" && o.path === "/api/v1/sli");
    expect(sli?.scopes).toEqual(["ingest"]);
    const points = field(sli!.requestBody!.schema!, "points");
    expect(points.type).toBe("array of object");
    expect(points.fields.map((f) => f.name)).toEqual(["slo", "ts", "good", "total"]);
    expect(keel.schemas.length).toBeGreaterThan(0);
  });
});

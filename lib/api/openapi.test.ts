import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

/** Route files under app/api, as OpenAPI paths: app/api/v1/slos/[slug]/route.ts → /api/v1/slos/{slug}. */
function routePaths(dir = path.resolve("app/api"), prefix = "/api"): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const segment = entry.name.startsWith("[...") ? null : entry.name.replace(/^\[(.+)\]$/, "{$1}");
    if (segment === null) continue;
    const full = path.join(dir, entry.name);
    if (fs.existsSync(path.join(full, "route.ts"))) found.push(`${prefix}/${segment}`);
    found.push(...routePaths(full, `${prefix}/${segment}`));
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and describes every route handler", () => {
    const doc = openApiDocument() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.keys(doc.paths).sort();
    expect(routePaths().sort()).toEqual(documented);
  });
});

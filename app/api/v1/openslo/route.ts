// OpenSLO import: OpenSLO v1 (or Sloth prometheus/v1) YAML creates or replaces SLOs and their missing services, all or nothing.
import { NextResponse } from "next/server";
import { readBodyText } from "@/lib/api/body";
import { badRequest } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { importOpenSlo } from "@/lib/server/openslo/import";
import { parseOpenSlo, type OpenSloError } from "@/lib/openslo/parse";

export const dynamic = "force-dynamic";

const YAML_TYPES = new Set(["application/yaml", "text/yaml", "application/x-yaml", "text/plain"]);

// The API has no 415: a wrong body type is bad input, named like any other field.
function requireYamlBody(request: Request): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (YAML_TYPES.has(type)) return;
  throw badRequest(`Content-Type must be application/yaml (or text/yaml, application/x-yaml, text/plain), not ${type ? `"${type}"` : "missing"}`, "Content-Type");
}

/** `documents[1].spec.timeWindow[0].duration`: the document's index in the file, then the field within it. */
function documentField(error: OpenSloError): string {
  const base = `documents[${error.document}]`;
  if (!error.path) return base;
  return error.path.startsWith("[") ? base + error.path : `${base}.${error.path}`;
}

function parseErrorResponse(errors: OpenSloError[]): NextResponse {
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see "errors")` : "";
  const message = `${documentField(first)}: ${first.message}${more}`;
  return NextResponse.json({ error: { code: "bad_request", message, field: documentField(first) }, errors }, { status: 400 });
}

/** `?team=SLUG` owns services the file creates when their Service document names no existing team. */
export const POST = apiRoute(operations.importOpenSlo, async ({ caller, query, request }) => {
  requireYamlBody(request);
  const parsed = parseOpenSlo(await readBodyText(request));
  if (!parsed.ok) return parseErrorResponse(parsed.errors);
  return NextResponse.json(await importOpenSlo({ caller, parsed, defaultTeam: query.team }));
});

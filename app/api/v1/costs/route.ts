// POST /api/v1/costs: a cost file (CSV streamed with a 100 MiB cap, or JSON records), imported in one transaction or,
// with ?preview=true, only validated and described.
import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/body";
import { COST_IMPORT_LIMIT, assertDeclaredSize, limitedChunks } from "@/lib/api/cost-body";
import { badRequest } from "@/lib/api/errors";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { importCostFile, previewCostFile, type CostFileSource } from "@/lib/server/costs/import-file";

export const POST = apiRoute(operations.importCosts, async ({ request, caller, query }) => {
  assertDeclaredSize(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const fileName = query.fileName ?? null;
  let source: CostFileSource;
  if (type === "application/json") source = { kind: "json", body: await readJsonBody(request, COST_IMPORT_LIMIT), fileName };
  else if (type === "text/csv" || type === "application/csv" || type === "text/plain") source = { kind: "csv", chunks: limitedChunks(request), fileName };
  else throw badRequest("Send Content-Type: text/csv (FOCUS or simple columns) or application/json {\"records\": [...]}", "Content-Type");
  if (query.preview === "true") return NextResponse.json(await previewCostFile({ caller, source }));
  return NextResponse.json(await importCostFile({ caller, source }));
});

// Chargeback of a month per team, signal and cost type: CSV with a header row, or JSON with ?format=json.
import { NextResponse } from "next/server";
import { moneyJson } from "@/lib/api/cost-json";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { chargebackCsv } from "@/lib/costs/chargeback";
import { chargeback } from "@/lib/server/costs/chargeback";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.costChargeback, async ({ caller, query }) => {
  const result = await chargeback(caller, query.month);
  if (query.format === "json") {
    return NextResponse.json({ month: result.month, currency: result.currency, lines: result.lines.map((line) => ({ ...line, cost: moneyJson(line.cost), budget: line.budget === null ? null : moneyJson(line.budget) })) });
  }
  return new Response(chargebackCsv(result.lines), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="keel-chargeback-${result.month}.csv"` },
  });
});

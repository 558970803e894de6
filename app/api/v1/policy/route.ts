import { NextResponse } from "next/server";
import { getOrgBudgetPolicy } from "@/db/queries/settings";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { setOrgBudgetPolicy } from "@/lib/server/slo/gate";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.getPolicy, async () => NextResponse.json(await getOrgBudgetPolicy()));

/** Admins only: the organisation's default error budget policy. */
export const PUT = apiRoute(operations.setPolicy, async ({ caller, body }) => {
  await setOrgBudgetPolicy({ caller, policy: body });
  return NextResponse.json(body);
});

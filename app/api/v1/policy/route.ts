import { NextResponse } from "next/server";
import { getOrgBudgetPolicy, setOrgBudgetPolicy } from "@/db/queries/settings";
import { parseJsonBody } from "@/lib/api/body";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { budgetPolicySchema } from "@/lib/slo/gate-schemas";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  return NextResponse.json(await getOrgBudgetPolicy());
});

/** Admins only: the organisation's default error budget policy. */
export const PUT = apiHandler(async (request) => {
  const principal = await requireScope(request, "admin");
  const policy = await parseJsonBody(request, budgetPolicySchema);
  await setOrgBudgetPolicy(policy, principal.actor);
  return NextResponse.json(policy);
});

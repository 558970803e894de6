import { NextResponse } from "next/server";
import { getTierTargets, setTierTargets } from "@/db/queries/settings";
import { parseJsonBody } from "@/lib/api/body";
import { apiHandler } from "@/lib/api/handler";
import { requireScope } from "@/lib/api/principal";
import { tierTargetsSchema } from "@/lib/slo/schemas";

export const dynamic = "force-dynamic";

const toJson = (t: Record<1 | 2 | 3, number>) => ({ tierTargets: { "1": t[1], "2": t[2], "3": t[3] } });

export const GET = apiHandler(async (request) => {
  await requireScope(request, "read");
  return NextResponse.json(toJson(await getTierTargets()));
});

/** Admins only: default targets for new SLOs per service tier. */
export const PUT = apiHandler(async (request) => {
  const principal = await requireScope(request, "admin");
  const body = await parseJsonBody(request, tierTargetsSchema.transform((t) => ({ 1: t["1"], 2: t["2"], 3: t["3"] })));
  await setTierTargets(body, principal.actor);
  return NextResponse.json(toJson(body));
});

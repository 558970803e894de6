import { NextResponse } from "next/server";
import { getTierTargets } from "@/db/queries/settings";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { setTierTargets } from "@/lib/server/slo/gate";

export const dynamic = "force-dynamic";

const toJson = (t: Record<1 | 2 | 3, number>) => ({ tierTargets: { "1": t[1], "2": t[2], "3": t[3] } });

export const GET = apiRoute(operations.getTierTargets, async () => NextResponse.json(toJson(await getTierTargets())));

/** Admins only: default targets for new SLOs per service tier. */
export const PUT = apiRoute(operations.setTierTargets, async ({ caller, body }) => {
  const targets = { 1: body["1"], 2: body["2"], 3: body["3"] };
  await setTierTargets({ caller, targets });
  return NextResponse.json(toJson(targets));
});

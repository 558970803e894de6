import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { reviewIdParam } from "@/lib/api/readiness-operations";
import { apiRoute } from "@/lib/api/route";
import { reviewItemToJson } from "@/lib/readiness/json";
import { updateReviewItem } from "@/lib/server/readiness/reviews";

export const PATCH = apiRoute(operations.updateReadinessReviewItem, async ({ caller, body, params }) => {
  const result = await updateReviewItem({ caller, reviewId: reviewIdParam(params.id), itemKey: params.itemKey!, input: body });
  if (result.outcome === "stale") {
    return NextResponse.json({ error: { code: "stale", message: "Someone changed this item since you loaded it; nothing was saved. The current item is attached." }, item: reviewItemToJson(result.item) }, { status: 409 });
  }
  return NextResponse.json(reviewItemToJson(result.item));
});

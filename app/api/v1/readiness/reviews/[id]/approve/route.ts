import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { reviewIdParam } from "@/lib/api/readiness-operations";
import { apiRoute } from "@/lib/api/route";
import { reviewToJson } from "@/lib/readiness/json";
import { approveReview, SignOffRefused } from "@/lib/server/readiness/reviews";

export const POST = apiRoute(operations.approveReadinessReview, async ({ caller, params }) => {
  try {
    return NextResponse.json(reviewToJson(await approveReview({ caller, reviewId: reviewIdParam(params.id) })));
  } catch (error) {
    if (!(error instanceof SignOffRefused)) throw error;
    return NextResponse.json({ error: { code: "conflict", message: error.message }, blockers: error.blockers }, { status: 409 });
  }
});

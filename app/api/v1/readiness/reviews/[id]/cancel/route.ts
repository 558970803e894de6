import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { reviewIdParam } from "@/lib/api/readiness-operations";
import { apiRoute } from "@/lib/api/route";
import { reviewToJson } from "@/lib/readiness/json";
import { cancelReview } from "@/lib/server/readiness/reviews";

export const POST = apiRoute(operations.cancelReadinessReview, async ({ caller, params }) => NextResponse.json(reviewToJson(await cancelReview({ caller, reviewId: reviewIdParam(params.id) }))));

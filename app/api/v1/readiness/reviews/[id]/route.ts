import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { reviewIdParam } from "@/lib/api/readiness-operations";
import { apiRoute } from "@/lib/api/route";
import { reviewToJson } from "@/lib/readiness/json";
import { refreshReviewChecks } from "@/lib/server/readiness/reviews";

export const dynamic = "force-dynamic";

// Opening a review re-evaluates its automatic checks.
export const GET = apiRoute(operations.getReadinessReview, async ({ params }) => NextResponse.json(reviewToJson(await refreshReviewChecks(reviewIdParam(params.id), Date.now()))));

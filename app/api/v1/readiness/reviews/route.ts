import { NextResponse } from "next/server";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { reviewToJson } from "@/lib/readiness/json";
import { listReviews } from "@/lib/server/readiness/reads";
import { createReview } from "@/lib/server/readiness/reviews";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.listReadinessReviews, async ({ query }) => NextResponse.json({ reviews: (await listReviews(query)).map((review) => reviewToJson(review, false)) }));

export const POST = apiRoute(operations.createReadinessReview, async ({ caller, body }) => NextResponse.json(reviewToJson(await createReview({ caller, input: body })), { status: 201 }));

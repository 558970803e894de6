import "server-only";
import { cache } from "react";
import { ChangeError } from "@/lib/server/errors";
import { refreshReviewChecks } from "@/lib/server/readiness/reviews";

/** The review of a path id with its automatic checks re-evaluated (opening a review runs them), once per request; undefined for a malformed or unknown id. */
export const loadReview = cache(async (raw: string) => {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  try {
    return await refreshReviewChecks(id);
  } catch (error) {
    if (error instanceof ChangeError && error.code === "not_found") return undefined;
    throw error;
  }
});

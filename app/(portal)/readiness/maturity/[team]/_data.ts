import "server-only";
import { cache } from "react";
import { ChangeError } from "@/lib/server/errors";
import { teamMaturity } from "@/lib/server/readiness/maturity";

/** The team's maturity, once per request; undefined for an unknown team. */
export const loadTeamMaturity = cache(async (slug: string) => {
  try {
    return await teamMaturity(slug);
  } catch (error) {
    if (error instanceof ChangeError && error.code === "not_found") return undefined;
    throw error;
  }
});

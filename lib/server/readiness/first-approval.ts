// When a team's first readiness review was approved: the point "major outages" are counted either side of.
import "server-only";
import { findFirstApprovalOfTeam } from "@/db/queries/maturity";

export async function firstApprovalOfTeam(teamId: number): Promise<Date | null> {
  return findFirstApprovalOfTeam(teamId);
}

// SLI ingest: a batch of minute points, validated whole, checked against the team of every SLO it touches, written atomically.
import "server-only";
import { writeSliPoints } from "@/db/queries/sli-write";
import { resolveSlos } from "@/db/queries/sli";
import type { Caller } from "@/lib/access/caller";
import { teamChangeRefusal } from "@/lib/access/caller";
import { parseSliIngestBody, sloSlugsOf, type SliIngestMode } from "@/lib/slo/ingest-schema";
import { ChangeError, refused } from "../errors";

/**
 * Stores a parsed JSON body of points; returns how many were accepted. No audit entry: points are data,
 * not configuration, and would drown the trail. A caller that may not change one SLO's data (another
 * team's, or a token limited to other teams) is refused for the whole batch, naming the first such SLO.
 */
export async function ingestSliPoints({ caller, body, mode, nowMs }: { caller: Caller; body: unknown; mode: SliIngestMode; nowMs?: number }): Promise<number> {
  // One query for every slug of the batch, so the validator can name the first unknown one in order.
  const slugs = sloSlugsOf(body);
  const owners = await resolveSlos(slugs);
  const parsed = parseSliIngestBody(body, { resolveSlo: (slug) => owners.get(slug)?.id, nowMs });
  if (!parsed.ok) {
    if (parsed.code === "payload_too_large") throw new ChangeError("too_large", parsed.message);
    throw new ChangeError("invalid", parsed.message, parsed.field);
  }
  const timesliceTargets = new Map<number, number | null>();
  for (const slug of slugs) {
    const owner = owners.get(slug)!;
    const refusal = teamChangeRefusal(caller, { id: owner.teamId, slug: owner.teamSlug }, `the SLI data of SLO "${owner.slug}"`, "ingest");
    if (refusal) throw refused(refusal);
    timesliceTargets.set(owner.id, owner.timesliceTarget);
  }
  return writeSliPoints(parsed.points, mode, timesliceTargets);
}

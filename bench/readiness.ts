// Phase (h): checklist clicks. Ten people click items of one review at once over HTTP (PATCH
// /api/v1/readiness/reviews/{id}/items/{key}, one token each); every click is saved and acknowledged (200) or answered
// with the current item (409 stale, when a neighbour changed the same item first, then retried with its version).
import { performance } from "node:perf_hooks";
import * as itemRoute from "@/app/api/v1/readiness/reviews/[id]/items/[itemKey]/route";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createService } from "@/db/queries/services";
import { addTeamMember, createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import type { Caller } from "@/lib/access/caller";
import { getReview } from "@/lib/server/readiness/reads";
import { createReview } from "@/lib/server/readiness/reviews";
import { ensureDefaultTemplates } from "@/lib/server/readiness/templates";
import { envInt, percentile } from "./common";
import { serveRoute } from "./http-bridge";

const PEOPLE = 10;
const CLICKS = envInt("KEEL_BENCH_READINESS_CLICKS", 40);

export type ClickBenchResult = { people: number; clicks: number; saved: number; stale: number; p50Ms: number; p95Ms: number; lost: number };

export async function benchReadinessClicks(): Promise<ClickBenchResult> {
  await ensureDefaultTemplates();
  const team = await createTeam({ slug: "bench-bank", name: "Bench bank" }, CLI_ACTOR);
  await createService({ slug: "bench-ledger", name: "Bench ledger", teamId: team.id, tier: 1 }, CLI_ACTOR);
  const tokens: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const user = await createUser({ email: `prr-${i}@bench.invalid`, name: `Reviewer ${i}`, role: "editor", passwordHash: null }, CLI_ACTOR);
    await addTeamMember(team.id, user.id, CLI_ACTOR);
    tokens.push((await createApiToken({ name: `prr-${i}`, scopes: ["read", "write"], teamIds: [team.id], createdById: null }, CLI_ACTOR)).token);
  }
  const cli: Caller = { kind: "cli", actor: CLI_ACTOR };
  const review = await createReview({ caller: cli, input: { service: "bench-ledger", template: "tier-1", launchDate: "2030-01-01" } });
  // Items a click can pass or fail without an evidence link.
  const keys = review.items.filter((item) => !item.evidenceRequired).map((item) => item.itemKey);
  const versions = new Map(review.items.map((item) => [item.itemKey, item.version]));
  // The newest saved change per item (highest version acknowledged), to check nothing was lost.
  const lastSaved = new Map<string, { version: number; comment: string }>();

  const handler = (request: Request) => {
    const [, id, key] = new URL(request.url).pathname.match(/reviews\/(\d+)\/items\/([^/]+)$/) ?? [];
    return itemRoute.PATCH(request, { params: Promise.resolve({ id: id!, itemKey: key! }) });
  };
  const server = await serveRoute(handler);
  const latencies: number[] = [];
  let saved = 0;
  let stale = 0;
  try {
    const person = async (p: number) => {
      for (let c = 0; c < CLICKS; c++) {
        // Mostly one's own item; every fourth click lands on a neighbour's, so stale writes happen.
        const key = keys[(c % 4 === 3 ? p + 1 : p) % keys.length]!;
        const comment = `person ${p} click ${c}`;
        for (;;) {
          const body = JSON.stringify({ version: versions.get(key), status: c % 2 === 0 ? "pass" : "fail", comment });
          const started = performance.now();
          const response = await fetch(`${server.url}/api/v1/readiness/reviews/${review.id}/items/${key}`, {
            method: "PATCH",
            headers: { authorization: `Bearer ${tokens[p]}`, "content-type": "application/json" },
            body,
          });
          const json = (await response.json()) as { version?: number; item?: { version: number } };
          latencies.push(performance.now() - started);
          if (response.status === 200) {
            saved++;
            versions.set(key, Math.max(versions.get(key) ?? 0, json.version!));
            if (json.version! > (lastSaved.get(key)?.version ?? 0)) lastSaved.set(key, { version: json.version!, comment });
            break;
          }
          if (response.status !== 409 || !json.item) throw new Error(`click answered ${response.status}`);
          stale++;
          versions.set(key, Math.max(versions.get(key) ?? 0, json.item.version));
        }
      }
    };
    await Promise.all(Array.from({ length: PEOPLE }, (_, p) => person(p)));
  } finally {
    await server.close();
  }
  const stored = await getReview(review.id);
  const lost = stored.items.filter((item) => lastSaved.has(item.itemKey) && (item.comment !== lastSaved.get(item.itemKey)!.comment || item.version !== lastSaved.get(item.itemKey)!.version)).length;
  return { people: PEOPLE, clicks: PEOPLE * CLICKS, saved, stale, p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95), lost };
}

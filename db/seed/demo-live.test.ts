import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { putSetting } from "@/db/queries/settings";
import { countSliMinutes, lastSliMinute } from "@/db/queries/sli";
import { bulkAppendSli } from "@/db/queries/sli-write";
import { createSlo } from "@/db/queries/slos";
import { services, teams } from "@/db/schema";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { DEMO_ANCHOR_SETTING, extendDemoTraffic, liveRange } from "./demo-live";
import { DEMO_SLOS } from "./demo-slos";
import { generateHistory, generateMinutes } from "./sli-history";

setUpTempDatabase();

describe("live demo traffic", () => {
  it("appends from the minute after the last stored one up to, not including, the current minute", () => {
    expect(liveRange(1_000, 1_010)).toEqual({ fromMinute: 1_001, toMinute: 1_010 });
    expect(liveRange(1_009, 1_010)).toBeNull();
    expect(liveRange(1_010, 1_010)).toBeNull();
    expect(liveRange(null, 1_010)).toBeNull();
  });

  it("catches up at most 7 days after a long stop", () => {
    expect(liveRange(0, 20_000)).toEqual({ fromMinute: 20_000 - 7 * 1440, toMinute: 20_000 });
  });

  it("continues an incident that was still going when the demo was seeded", () => {
    const slo = DEMO_SLOS.find((s) => s.input.slug === "live-video-playback")!;
    const anchor = 29_400_000;
    const seeded = generateHistory(slo, anchor, 1, 7, null);
    const badShare = (rows: { good: number; total: number }[]) => rows.reduce((s, r) => s + r.total - r.good, 0) / rows.reduce((s, r) => s + r.total, 0);
    // The last 50 seeded minutes page (3% bad); the live minutes go on paging for two hours, then recover.
    expect(badShare(seeded.slice(-50))).toBeGreaterThan(0.025);
    const live = generateMinutes(slo, { anchorMinute: anchor, fromMinute: anchor, toMinute: anchor + 180, seed: 9, earlyBurnStartMinute: null });
    expect(live[0]!.minute).toBe(anchor);
    expect(live).toHaveLength(180);
    expect(badShare(live.slice(0, 120))).toBeGreaterThan(0.025);
    expect(badShare(live.slice(120))).toBeLessThan(0.001);
  });
});

describe("extending the demo's traffic in the database", () => {
  const anchor = 29_400_000;
  const demo = DEMO_SLOS.find((s) => s.input.slug === "live-video-playback")!;
  let sloId = 0;

  beforeAll(async () => {
    const db = getDb();
    const team = db.insert(teams).values({ slug: "streaming", name: "Streaming" }).returning().get();
    const service = db.insert(services).values({ slug: demo.input.service, name: "Live Video", teamId: team.id, tier: 1 }).returning().get();
    sloId = (await createSlo(demo.input, service.id, CLI_ACTOR)).id;
    bulkAppendSli(sloId, generateHistory(demo, anchor, 1, 7, null), null);
  });

  it("writes nothing on an instance that is not a demo", async () => {
    expect(await extendDemoTraffic((anchor + 30) * 60_000)).toBe(0);
    expect(lastSliMinute(sloId)).toBe(anchor - 1);
  });

  it("appends every minute up to now once, on a demo instance", async () => {
    getDb().transaction((tx) => {
      putSetting(tx, "demo", true);
      putSetting(tx, DEMO_ANCHOR_SETTING, anchor);
    });
    expect(await extendDemoTraffic((anchor + 30) * 60_000 + 15_000)).toBe(30);
    expect(lastSliMinute(sloId)).toBe(anchor + 29);
    expect(await extendDemoTraffic((anchor + 30) * 60_000 + 45_000)).toBe(0);
    expect(await extendDemoTraffic((anchor + 31) * 60_000)).toBe(1);
    expect(await countSliMinutes(sloId)).toBe(1440 + 31);
  });
});

describe("the demo SLO whose exporter stopped", () => {
  const stopped = DEMO_SLOS.find((s) => s.dataStoppedMinutesAgo !== undefined)!;

  it("is one push SLO, stopped an hour before the seed", () => {
    expect(DEMO_SLOS.filter((s) => s.dataStoppedMinutesAgo !== undefined).map((s) => [s.input.slug, s.dataStoppedMinutesAgo])).toEqual([["account-opening-success", 60]]);
  });

  it("gets no live traffic, so it stays stale", async () => {
    const anchor = 29_400_000;
    const db = getDb();
    const team = db.insert(teams).values({ slug: "core-banking", name: "Core Banking" }).returning().get();
    const service = db.insert(services).values({ slug: stopped.input.service, name: "Accounts API", teamId: team.id, tier: 2 }).returning().get();
    const id = (await createSlo(stopped.input, service.id, CLI_ACTOR)).id;
    bulkAppendSli(id, generateHistory(stopped, anchor - 60, 1, 3, null), null);
    await extendDemoTraffic((anchor + 5) * 60_000);
    expect(lastSliMinute(id)).toBe(anchor - 61);
  });
});

// The chart series against a real temporary database: every range that holds minutes with data shows them,
// however long the range and whatever its step (a new SLO with 30 minutes of data, data in the last minute).
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { chooseStepMs, resolveRange, type RangePreset, type WindowSpan } from "@/lib/slo/view/chart-data";
import { services, slos, teams } from "../schema";
import { bulkAppendSli } from "./sli-write";
import { sloSeries } from "./slo-status";
import { findSloBySlug } from "./slos";

setUpTempDatabase();

const MINUTE = 60_000;
const DAY = 86_400_000;
// 06:51:23 on 2 December: a calendar month 1 day 6 h 51 min old, a 30-day rolling window ending at 06:51.
const NOW = Date.parse("2026-12-02T06:51:23Z");
const TO = Date.parse("2026-12-02T06:51:00Z");

beforeAll(() => {
  const db = getDb();
  const team = db.insert(teams).values({ slug: "series-team", name: "Series team" }).returning().get();
  const serviceId = db.insert(services).values({ slug: "series-service", name: "Series service", teamId: team.id, tier: 1 }).returning().get().id;
  const thirtyMinutes = [];
  for (let m = TO - 30 * MINUTE; m < TO; m += MINUTE) thirtyMinutes.push({ minute: m / MINUTE, good: 998, total: 1000 });
  bulkAppendSli(insertPushSlo({ slug: "rolling-30", serviceId }), thirtyMinutes, null);
  const monthId = insertPushSlo({ slug: "month", serviceId });
  db.update(slos).set({ windowKind: "calendar", windowDays: null, calendarUnit: "month", timeZone: "UTC" }).where(eq(slos.id, monthId)).run();
  bulkAppendSli(monthId, thirtyMinutes, null);
  bulkAppendSli(insertPushSlo({ slug: "last-minute", serviceId }), [{ minute: TO / MINUTE - 1, good: 999, total: 1000 }], null);
});

/** The series the charts ask for: the preset's range and step as the browser resolves them. */
async function chartSeries(slug: string, preset: RangePreset, window: WindowSpan) {
  const record = (await findSloBySlug(slug))!;
  const range = resolveRange({ kind: preset }, window, NOW);
  return sloSeries(record, range.fromMs, range.toMs, chooseStepMs(range.toMs - range.fromMs));
}

const withData = (points: { t: string; sli: number | null }[]) => points.filter((p) => p.sli !== null).map((p) => p.t);
const rolling30: WindowSpan = { startMs: TO - 30 * DAY, endMs: TO };
const december: WindowSpan = { startMs: Date.parse("2026-12-01T00:00:00Z"), endMs: Date.parse("2027-01-01T00:00:00Z") };

describe("sloSeries shows every minute with data", () => {
  it.each(["window", "7d", "24h", "6h", "1h"] as const)("30 minutes of data in a 30-day rolling window, range %s: the line starts at the first minute and ends now", async (preset) => {
    const points = await chartSeries("rolling-30", preset, rolling30);
    expect(points.at(-1)).toMatchObject({ t: "2026-12-02T06:51:00.000Z", sli: 0.998 });
    // The first instant whose window holds the first minute with data (06:21) is a point of its own.
    expect(withData(points)[0]).toBe("2026-12-02T06:22:00.000Z");
    expect(points.find((p) => p.t === "2026-12-02T06:21:00.000Z")?.sli ?? null).toBeNull();
  });

  it.each(["window", "7d", "24h"] as const)("30 minutes of data in a calendar month, range %s", async (preset) => {
    const points = await chartSeries("month", preset, december);
    expect(points.at(-1)).toMatchObject({ t: "2026-12-02T06:51:00.000Z", sli: 0.998 });
    expect(withData(points)[0]).toBe("2026-12-02T06:22:00.000Z");
  });

  it("the window range of a calendar month starts at the month's first minute", async () => {
    const points = await chartSeries("month", "window", december);
    expect(points[0]!.t).toBe("2026-12-01T00:00:00.000Z");
  });

  it.each(["window", "7d", "24h", "6h", "1h"] as const)("data only in the last minute, range %s", async (preset) => {
    const points = await chartSeries("last-minute", preset, rolling30);
    expect(withData(points)).toEqual(["2026-12-02T06:51:00.000Z"]);
    expect(points.at(-1)!.sli).toBe(0.999);
  });
});

describe("sloSeries on a range whose start already holds data", () => {
  it("adds no point of its own for the first minute", async () => {
    // Data starts at 06:21; the range 06:31–06:51 starts inside it, so its first point already counts minutes.
    const record = (await findSloBySlug("rolling-30"))!;
    const points = await sloSeries(record, TO - 20 * MINUTE, TO, 10 * MINUTE);
    expect(points.map((p) => p.t)).toEqual(["2026-12-02T06:31:00.000Z", "2026-12-02T06:41:00.000Z", "2026-12-02T06:51:00.000Z"]);
    expect(points.every((p) => p.sli === 0.998)).toBe(true);
  });
});

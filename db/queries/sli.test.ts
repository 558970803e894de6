// Running-sum storage of minute SLI data against a real temporary database: exact sums after every kind of write.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { createPrng } from "@/db/seed/prng";
import { aggregateMinutes, type WindowAggregate } from "@/lib/slo/math";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { services, slos, teams } from "../schema";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { cumulativeBefore, cumulativeBeforeSync, resolveSlos, sliSeries, sliStorageBytes, windowAggregate, windowAggregates } from "./sli";
import { bulkAppendSli, deleteSliBefore, recomputeRunningSumsInTransaction, writeSliPoints, type SliWriteMode } from "./sli-write";

setUpTempDatabase();

let serviceId = 0;
let sloCounter = 0;

beforeAll(() => {
  const db = getDb();
  const team = db.insert(teams).values({ slug: "sli-team", name: "SLI team" }).returning().get();
  serviceId = db.insert(services).values({ slug: "sli-service", name: "SLI service", teamId: team.id, tier: 1 }).returning().get().id;
});

function createSlo(timesliceTarget: number | null = null): { id: number; slug: string } {
  sloCounter += 1;
  const slug = `sli-slo-${sloCounter}`;
  return { id: insertPushSlo({ slug, serviceId, name: `SLO ${sloCounter}`, timesliceTarget }), slug };
}

type Row = { minute: number; good: number; total: number; cum: WindowAggregate };

function storedRows(sloId: number): Row[] {
  const rows = getConnection()
    .sqlite.prepare(
      "SELECT minute, good, total, cum_good, cum_total, cum_slices, cum_good_slices, cum_ratio_sum FROM sli_minutes WHERE slo_id = ? ORDER BY minute",
    )
    .all(sloId) as { minute: number; good: number; total: number; cum_good: number; cum_total: number; cum_slices: number; cum_good_slices: number; cum_ratio_sum: number }[];
  return rows.map((r) => ({
    minute: r.minute,
    good: r.good,
    total: r.total,
    cum: { good: r.cum_good, total: r.cum_total, slices: r.cum_slices, goodSlices: r.cum_good_slices, ratioSum: r.cum_ratio_sum },
  }));
}

const counts = (rows: Row[]) => rows.map(({ minute, good, total }) => [minute, good, total]);

/** Every row's running sums differ from its predecessor's by exactly its own minute. */
function expectConsistent(sloId: number, timesliceTarget: number | null): void {
  const rows = storedRows(sloId);
  for (let i = 1; i < rows.length; i++) {
    const own = aggregateMinutes([rows[i]!], timesliceTarget);
    const prev = rows[i - 1]!.cum;
    const cum = rows[i]!.cum;
    expect([cum.good - prev.good, cum.total - prev.total, cum.slices - prev.slices, cum.goodSlices - prev.goodSlices]).toEqual([
      own.good,
      own.total,
      own.slices,
      own.goodSlices,
    ]);
    expect(cum.ratioSum - prev.ratioSum).toBeCloseTo(own.ratioSum, 9);
  }
}

async function write(sloId: number, points: [minute: number, good: number, total: number][], mode: SliWriteMode = "replace", target: number | null = null) {
  return writeSliPoints(
    points.map(([minute, good, total]) => ({ sloId, minute, good, total })),
    mode,
    new Map([[sloId, target]]),
  );
}

function expectAggregate(actual: WindowAggregate, expected: WindowAggregate): void {
  expect({ ...actual, ratioSum: 0 }).toEqual({ ...expected, ratioSum: 0 });
  expect(actual.ratioSum).toBeCloseTo(expected.ratioSum, 9);
}

describe("writeSliPoints", () => {
  it("appends rows with running sums and skips minutes without events", async () => {
    const { id } = createSlo(0.95);
    expect(await write(id, [[100, 9, 10], [101, 10, 10], [102, 0, 0], [103, 0, 5]], "replace", 0.95)).toBe(4);
    expect(storedRows(id)).toEqual([
      { minute: 100, good: 9, total: 10, cum: { good: 9, total: 10, slices: 1, goodSlices: 0, ratioSum: 0.9 } },
      { minute: 101, good: 10, total: 10, cum: { good: 19, total: 20, slices: 2, goodSlices: 1, ratioSum: 1.9 } },
      { minute: 103, good: 0, total: 5, cum: { good: 19, total: 25, slices: 3, goodSlices: 1, ratioSum: 1.9 } },
    ]);
    await write(id, [[104, 5, 5]], "replace", 0.95);
    expect(storedRows(id).at(-1)).toEqual({ minute: 104, good: 5, total: 5, cum: { good: 24, total: 30, slices: 4, goodSlices: 2, ratioSum: 2.9 } });
  });

  it("appends long batches (several multi-row inserts) with the same sums as a naive fold", async () => {
    const { id } = createSlo(0.98);
    const points: [number, number, number][] = [];
    for (let minute = 0; minute < 200; minute++) {
      const total = minute % 17 === 0 ? 0 : 100;
      points.push([minute, total === 0 || minute % 13 === 0 ? 0 : 95 + (minute % 6), total]);
    }
    await write(id, points, "replace", 0.98);
    const stored = storedRows(id);
    const withData = points.filter(([, , total]) => total > 0);
    expect(stored).toHaveLength(withData.length);
    expect(counts(stored)).toEqual(withData);
    expectAggregate(stored.at(-1)!.cum, aggregateMinutes(withData.map(([, good, total]) => ({ good, total })), 0.98));
    expectConsistent(id, 0.98);
  });

  it("replaces a stored minute and moves the running sums after it", async () => {
    const { id } = createSlo();
    await write(id, [[10, 90, 100], [11, 100, 100], [12, 50, 100]]);
    await write(id, [[11, 40, 50]]);
    expect(counts(storedRows(id))).toEqual([[10, 90, 100], [11, 40, 50], [12, 50, 100]]);
    expect(storedRows(id).map((r) => [r.cum.good, r.cum.total, r.cum.slices])).toEqual([[90, 100, 1], [130, 150, 2], [180, 250, 3]]);
    expectConsistent(id, null);
  });

  it("takes late data in the middle and before the first minute, correcting every later row", async () => {
    const { id } = createSlo(0.5);
    await write(id, [[20, 1, 2], [30, 2, 2], [40, 0, 2]], "replace", 0.5);
    await write(id, [[25, 3, 4], [35, 1, 4]], "replace", 0.5);
    await write(id, [[5, 1, 1]], "replace", 0.5);
    expect(storedRows(id).map((r) => [r.minute, r.cum.good, r.cum.total, r.cum.slices, r.cum.goodSlices])).toEqual([
      [5, 1, 1, 1, 1],
      [20, 2, 3, 2, 2],
      [25, 5, 7, 3, 3],
      [30, 7, 9, 4, 4],
      [35, 8, 13, 5, 4],
      [40, 8, 15, 6, 4],
    ]);
    expect(storedRows(id).at(-1)!.cum.ratioSum).toBeCloseTo(1 + 0.5 + 0.75 + 1 + 0.25 + 0, 12);
    expectConsistent(id, 0.5);
  });

  it("adds to stored minutes in add mode", async () => {
    const { id } = createSlo();
    await write(id, [[50, 9, 10], [51, 10, 10]], "add");
    await write(id, [[50, 1, 10], [52, 3, 3]], "add");
    expect(counts(storedRows(id))).toEqual([[50, 10, 20], [51, 10, 10], [52, 3, 3]]);
    expect(storedRows(id).map((r) => [r.cum.good, r.cum.total])).toEqual([[10, 20], [20, 30], [23, 33]]);
    // A zero point adds nothing and creates no row.
    await write(id, [[60, 0, 0]], "add");
    expect(storedRows(id)).toHaveLength(3);
  });

  it("merges duplicates within one batch: the last wins in replace mode, they add up in add mode", async () => {
    const replaced = createSlo();
    await write(replaced.id, [[7, 1, 2], [8, 5, 5], [7, 2, 2], [7, 3, 4]]);
    expect(counts(storedRows(replaced.id))).toEqual([[7, 3, 4], [8, 5, 5]]);
    expectConsistent(replaced.id, null);
    const added = createSlo();
    await write(added.id, [[7, 1, 2], [8, 5, 5], [7, 2, 2], [7, 3, 4]], "add");
    expect(counts(storedRows(added.id))).toEqual([[7, 6, 8], [8, 5, 5]]);
    expect(storedRows(added.id).at(-1)!.cum).toMatchObject({ good: 11, total: 13, slices: 2 });
  });

  it("deletes a minute that a replace sets to total 0", async () => {
    const { id } = createSlo();
    await write(id, [[1, 1, 1], [2, 0, 4], [3, 2, 2]]);
    await write(id, [[2, 0, 0]]);
    expect(storedRows(id).map((r) => [r.minute, r.cum.good, r.cum.total, r.cum.slices])).toEqual([[1, 1, 1, 1], [3, 3, 3, 2]]);
    expect((await windowAggregate(id, 0, 4)).slices).toBe(2);
  });

  it("writes nothing when any point of the batch fails", async () => {
    const { id } = createSlo();
    await write(id, [[1, 1, 1]]);
    const batch = [
      { sloId: id, minute: 2, good: 1, total: 1 },
      { sloId: 987_654, minute: 2, good: 1, total: 1 }, // no such SLO: the foreign key refuses it
    ];
    await expect(writeSliPoints(batch, "replace", new Map())).rejects.toThrow();
    expect(counts(storedRows(id))).toEqual([[1, 1, 1]]);
  });
});

describe("window aggregates", () => {
  it("include the minute at `from` and exclude the minute at `to`", async () => {
    const { id } = createSlo();
    await write(id, [[100, 1, 1], [101, 2, 3], [102, 4, 7], [103, 8, 15]]);
    expectAggregate(await windowAggregate(id, 101, 103), { good: 6, total: 10, slices: 2, goodSlices: 0, ratioSum: 2 / 3 + 4 / 7 });
    expectAggregate(await windowAggregate(id, 100, 101), { good: 1, total: 1, slices: 1, goodSlices: 0, ratioSum: 1 });
    expectAggregate(await windowAggregate(id, 103, 104), { good: 8, total: 15, slices: 1, goodSlices: 0, ratioSum: 8 / 15 });
    expect(await windowAggregate(id, 104, 200)).toEqual({ good: 0, total: 0, slices: 0, goodSlices: 0, ratioSum: 0 });
    expect(await windowAggregate(id, 0, 100)).toEqual({ good: 0, total: 0, slices: 0, goodSlices: 0, ratioSum: 0 });
    expect(await windowAggregate(id, 102, 102)).toEqual({ good: 0, total: 0, slices: 0, goodSlices: 0, ratioSum: 0 });
    const [a, b, c] = await windowAggregates(id, [{ fromMinute: 100, toMinute: 104 }, { fromMinute: 102, toMinute: 104 }, { fromMinute: 90, toMinute: 101 }]);
    expect([a!.good, a!.total, b!.good, b!.total, c!.good, c!.total]).toEqual([15, 26, 12, 22, 1, 1]);
    expect(await cumulativeBefore(id, 102)).toEqual(cumulativeBeforeSync(id, 102));
    expect((await cumulativeBefore(id, 102)).total).toBe(4);
  });

  it("counts a minute exactly at the timeslice target as a good slice", async () => {
    const { id } = createSlo(0.999);
    await write(id, [[1, 999, 1000], [2, 998, 1000], [3, 1000, 1000], [4, 0, 1]], "replace", 0.999);
    expect(await windowAggregate(id, 0, 10)).toMatchObject({ slices: 4, goodSlices: 2 });
    expect(await windowAggregate(id, 1, 2)).toMatchObject({ slices: 1, goodSlices: 1 });
    expect(await windowAggregate(id, 2, 3)).toMatchObject({ slices: 1, goodSlices: 0 });
  });

  it("returns running-sum snapshots at each step and at the end", async () => {
    const { id } = createSlo();
    await write(id, [[0, 1, 1], [5, 2, 2], [9, 3, 3]]);
    const series = await sliSeries(id, 0, 10, 4);
    expect(series.map((point) => [point.minute, point.cum.good])).toEqual([[0, 0], [4, 1], [8, 3], [10, 6]]);
    await expect(sliSeries(id, 0, 10, 0)).rejects.toThrow(RangeError);
  });
});

describe("recomputeRunningSumsInTransaction", () => {
  const inTransaction = (work: () => void) => getConnection().sqlite.transaction(work).immediate();

  it("recounts good slices after the timeslice target changes, in the change's own transaction", async () => {
    const { id } = createSlo(0.9);
    await write(id, [[1, 9, 10], [2, 95, 100], [3, 99, 100]], "replace", 0.9);
    expect((await windowAggregate(id, 0, 4)).goodSlices).toBe(3);
    inTransaction(() => {
      getDb().update(slos).set({ timesliceTarget: 0.95 }).where(eq(slos.id, id)).run();
      recomputeRunningSumsInTransaction(id, 0.95);
    });
    expect(storedRows(id).map((r) => r.cum.goodSlices)).toEqual([0, 1, 2]);
    expect((await windowAggregate(id, 2, 3)).goodSlices).toBe(1);
    expectConsistent(id, 0.95);
  });

  it("rolls back with the definition when the change fails, and refuses to run on its own", async () => {
    const { id } = createSlo(0.9);
    await write(id, [[1, 9, 10], [2, 95, 100]], "replace", 0.9);
    expect(() =>
      inTransaction(() => {
        getDb().update(slos).set({ timesliceTarget: 0.95 }).where(eq(slos.id, id)).run();
        recomputeRunningSumsInTransaction(id, 0.95);
        throw new Error("crash after the rebuild");
      }),
    ).toThrow("crash after the rebuild");
    expect(getDb().select().from(slos).where(eq(slos.id, id)).get()!.timesliceTarget).toBe(0.9);
    expect(storedRows(id).map((r) => r.cum.goodSlices)).toEqual([1, 2]);
    expect(() => recomputeRunningSumsInTransaction(id, 0.95)).toThrow(/inside the change's transaction/);
  });
});

describe("deleteSliBefore", () => {
  it("keeps the answers of windows after the cut-off identical, including windows that reach before it", async () => {
    const { id } = createSlo(0.9);
    const points: [number, number, number][] = [];
    for (let minute = 0; minute < 100; minute++) points.push([minute, 90 + (minute % 11), 100]);
    await write(id, points, "replace", 0.9);
    const windows = [
      { fromMinute: 50, toMinute: 100 },
      { fromMinute: 60, toMinute: 61 },
      { fromMinute: 95, toMinute: 200 },
    ];
    const before = await windowAggregates(id, windows);
    const deleted = await deleteSliBefore(50);
    expect(deleted).toBeGreaterThanOrEqual(50);
    expect(storedRows(id)[0]!.minute).toBe(50);
    expect(await windowAggregates(id, windows)).toEqual(before);
    // A window reaching before the oldest kept minute holds just the kept minutes.
    expect(await windowAggregate(id, 0, 100)).toEqual(before[0]);
    // Writes still line up with the kept history: late data at the front, appends at the end.
    await write(id, [[40, 1, 2], [100, 50, 100]], "replace", 0.9);
    expectAggregate(await windowAggregate(id, 0, 101), {
      good: before[0]!.good + 51,
      total: before[0]!.total + 102,
      slices: 52,
      goodSlices: before[0]!.goodSlices,
      ratioSum: before[0]!.ratioSum + 1,
    });
    expectConsistent(id, 0.9);
  });
});

describe("bulkAppendSli, resolveSlos, sliStorageBytes", () => {
  it("appends like writeSliPoints and refuses rows that are not strictly after the last one", async () => {
    const bulk = createSlo(0.5);
    const viaWrite = createSlo(0.5);
    const rows = [
      { minute: 3, good: 1, total: 2 },
      { minute: 4, good: 0, total: 0 },
      { minute: 6, good: 3, total: 3 },
    ];
    bulkAppendSli(bulk.id, rows, 0.5);
    await writeSliPoints(rows.map((r) => ({ ...r, sloId: viaWrite.id })), "replace", new Map([[viaWrite.id, 0.5]]));
    expect(storedRows(bulk.id)).toEqual(storedRows(viaWrite.id));
    expect(() => bulkAppendSli(bulk.id, [{ minute: 6, good: 1, total: 1 }], 0.5)).toThrow(RangeError);
    expect(() => bulkAppendSli(bulk.id, [{ minute: 9, good: 1, total: 1 }, { minute: 8, good: 1, total: 1 }], 0.5)).toThrow(RangeError);
    expect(storedRows(bulk.id)).toHaveLength(2);
  });

  it("resolves known slugs with their timeslice targets and owning team, and measures storage", async () => {
    const a = createSlo(0.99);
    const b = createSlo();
    const resolved = await resolveSlos([a.slug, b.slug, a.slug, "no-such-slo"]);
    const team = getDb().select().from(teams).get()!;
    expect([...resolved.entries()].sort()).toEqual(
      [
        [a.slug, { id: a.id, slug: a.slug, timesliceTarget: 0.99, teamId: team.id, teamSlug: team.slug }],
        [b.slug, { id: b.id, slug: b.slug, timesliceTarget: null, teamId: team.id, teamSlug: team.slug }],
      ].sort(),
    );
    expect((await resolveSlos([])).size).toBe(0);
    expect(await sliStorageBytes()).toBeGreaterThan(0);
  });
});

describe("window aggregates against a naive fold (seeded random histories)", () => {
  it("match aggregateMinutes after random appends, late writes, adds, deletes and a retention cut", async () => {
    const random = createPrng(20_261_101);
    const int = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 4; round++) {
      const target = round % 2 === 0 ? 0.97 : null;
      const { id } = createSlo(target);
      const model = new Map<number, { good: number; total: number }>();
      let nextMinute = 1_000;
      for (let batch = 0; batch < 25; batch++) {
        const mode: SliWriteMode = random() < 0.3 ? "add" : "replace";
        const points: [number, number, number][] = [];
        const size = 1 + int(40);
        // Some batches only correct the past (rows after them shift); others mostly append.
        const lateOnly = batch > 0 && random() < 0.3;
        for (let i = 0; i < size; i++) {
          const late = lateOnly || random() < 0.25;
          const minute = late ? 1_000 + int(Math.max(1, nextMinute - 1_000)) : nextMinute++;
          const total = random() < 0.1 ? 0 : 1 + int(200);
          const good = total - (random() < 0.5 ? 0 : int(total + 1));
          points.push([minute, good, total]);
          const stored = model.get(minute);
          if (mode === "add") {
            if (total > 0) model.set(minute, { good: (stored?.good ?? 0) + good, total: (stored?.total ?? 0) + total });
          } else if (total === 0) model.delete(minute);
          else model.set(minute, { good, total });
        }
        await write(id, points, mode, target);
      }
      if (round === 3) {
        await deleteSliBefore(1_000 + 100);
        for (const minute of [...model.keys()]) if (minute < 1_100) model.delete(minute);
      }
      expectConsistent(id, target);
      for (let probe = 0; probe < 60; probe++) {
        const fromMinute = 990 + int(nextMinute - 980);
        const toMinute = fromMinute + int(nextMinute + 10 - fromMinute);
        const naive = aggregateMinutes(
          [...model.entries()].filter(([minute]) => minute >= fromMinute && minute < toMinute).map(([, counts]) => counts),
          target,
        );
        expectAggregate(await windowAggregate(id, fromMinute, toMinute), naive);
      }
    }
  });
});

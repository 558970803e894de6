import { describe, expect, it } from "vitest";
import { dataMissingLabel, freshness } from "./freshness";

const LAST = Date.UTC(2026, 11, 2, 10, 42);
const MINUTE = 60_000;

describe("freshness", () => {
  it("is fresh exactly at the limit and stale one minute past it", () => {
    expect(freshness({ lastDataAtMs: LAST, atMs: LAST + 15 * MINUTE, staleAfterMinutes: 15 })).toEqual({ stale: false });
    expect(freshness({ lastDataAtMs: LAST, atMs: LAST + 16 * MINUTE, staleAfterMinutes: 15 })).toEqual({ stale: true });
    expect(freshness({ lastDataAtMs: LAST, atMs: LAST, staleAfterMinutes: 1 })).toEqual({ stale: false });
  });

  it("never goes stale with a null limit (daily batches)", () => {
    expect(freshness({ lastDataAtMs: LAST, atMs: LAST + 30 * 86_400_000, staleAfterMinutes: null })).toEqual({ stale: false });
  });

  it("is not stale when there never was data: the SLO is no_data instead", () => {
    expect(freshness({ lastDataAtMs: null, atMs: LAST, staleAfterMinutes: 15 })).toEqual({ stale: false });
  });
});

describe("dataMissingLabel", () => {
  it("says since when, in the reader's format", () => {
    expect(dataMissingLabel("2026-12-02T10:42:00.000Z", (iso) => iso.slice(11, 16))).toBe("Data missing since 10:42");
    expect(dataMissingLabel(null, () => "")).toBe("Data missing");
  });
});

// The query keys and URLs the server prefetch and the client share.
import { describe, expect, it } from "vitest";
import { selectionOfKey, sloApiUrls, sloQueryKeys } from "./queries";

describe("sloQueryKeys", () => {
  it("roots every SLO read under one prefix so one invalidation reaches them all", () => {
    const range = { fromMs: 0, toMs: 60_000 };
    for (const key of [sloQueryKeys.statuses(), sloQueryKeys.series("api", "window", range, 1), sloQueryKeys.history("api", "window", range)]) {
      expect(key.slice(0, 1)).toEqual(sloQueryKeys.all);
    }
  });

  it("builds the same key for the same inputs and a different one for another range", () => {
    const a = sloQueryKeys.series("api", "24h", { fromMs: 1, toMs: 2 }, 5);
    expect(sloQueryKeys.series("api", "24h", { fromMs: 1, toMs: 2 }, 5)).toEqual(a);
    expect(sloQueryKeys.series("api", "24h", { fromMs: 1, toMs: 3 }, 5)).not.toEqual(a);
    expect(sloQueryKeys.history("api", "24h", { fromMs: 1, toMs: 2 })).not.toEqual(a);
  });

  it("keeps the range selection where placeholders look for it", () => {
    expect(selectionOfKey(sloQueryKeys.series("api", "custom:1-2", null, 0))).toBe("custom:1-2");
    expect(selectionOfKey(sloQueryKeys.history("api", "7d", null))).toBe("7d");
    expect(selectionOfKey(undefined)).toBeUndefined();
  });

  it("keys a search by its text", () => {
    expect(sloQueryKeys.search("pay")).toEqual(["search", "pay"]);
  });
});

describe("sloApiUrls", () => {
  it("points at the v1 API and escapes slugs and search text", () => {
    expect(sloApiUrls.statuses()).toBe("/api/v1/slos");
    expect(sloApiUrls.search("a b&c")).toBe("/api/v1/search?q=a%20b%26c");
    expect(sloApiUrls.series("a/b", { fromMs: 0, toMs: 60_000 }, 5)).toBe("/api/v1/slos/a%2Fb/series?from=1970-01-01T00:00:00.000Z&to=1970-01-01T00:01:00.000Z&step=5m");
    expect(sloApiUrls.history("api", { fromMs: 0, toMs: 60_000 })).toBe("/api/v1/slos/api/history?from=1970-01-01T00:00:00.000Z&to=1970-01-01T00:01:00.000Z");
  });
});

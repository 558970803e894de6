import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "./audit-filter";

describe("parseAuditFilter", () => {
  it("makes the 'to' day inclusive in UTC", () => {
    const filter = parseAuditFilter({ from: "2026-11-01", to: "2026-11-01" });
    expect(filter.from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(filter.to?.toISOString()).toBe("2026-11-02T00:00:00.000Z");
    expect(filter.error).toBeUndefined();
  });

  it("ignores malformed dates with a message and clamps the page", () => {
    const filter = parseAuditFilter({ from: "yesterday", page: "-3" });
    expect(filter.from).toBeUndefined();
    expect(filter.error).toMatch(/2026-11-25/);
    expect(filter.page).toBe(1);
  });

  it("flags an empty range", () => {
    expect(parseAuditFilter({ from: "2026-11-05", to: "2026-11-01" }).error).toMatch(/after/);
  });
});

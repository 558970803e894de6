import { describe, expect, it } from "vitest";
import { formatIssuePath } from "@/lib/zod-path";

describe("formatIssuePath", () => {
  it("writes array indexes in brackets and keys with dots", () => {
    expect(formatIssuePath(["points", 3, "good"])).toBe("points[3].good");
    expect(formatIssuePath(["name"])).toBe("name");
    expect(formatIssuePath([0, "slug"])).toBe("[0].slug");
    expect(formatIssuePath([])).toBe("");
  });
});

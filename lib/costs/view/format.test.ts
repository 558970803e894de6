import { describe, expect, it } from "vitest";
import { formatChangeRatio, formatMoney, formatMonth, formatMonthShort, formatShare } from "./format";

describe("cost formatting", () => {
  it("rounds money once, to cents, half away from zero, with the currency", () => {
    expect(formatMoney(1_234_505_000_000n, "USD")).toBe("$1,234.51");
    expect(formatMoney(1_234_504_999_999n, "USD")).toBe("$1,234.50");
    expect(formatMoney(-5_000_000n, "EUR")).toBe("-€0.01");
    expect(formatMoney(0n, "USD")).toBe("$0.00");
  });

  it("writes shares, changes and months", () => {
    expect(formatShare(0.4256)).toBe("42.6%");
    expect(formatShare(1)).toBe("100.0%");
    expect(formatChangeRatio(0.1234)).toBe("+12.3%");
    expect(formatChangeRatio(-0.2)).toBe("−20.0%");
    expect(formatChangeRatio(0)).toBe("±0.0%");
    expect(formatChangeRatio(null)).toBe("new");
    expect(formatMonth("2026-11")).toBe("November 2026");
    expect(formatMonthShort("2026-01")).toBe("Jan 26");
  });
});

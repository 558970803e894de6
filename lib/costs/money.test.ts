import { describe, expect, it } from "vitest";
import { formatNanos, nanosToNumber, parseNanos } from "./money";

describe("parseNanos", () => {
  it("reads decimals exactly into nano-units", () => {
    expect(parseNanos("12.5")).toBe(12_500_000_000n);
    expect(parseNanos("0.000000001")).toBe(1n);
    expect(parseNanos("-3")).toBe(-3_000_000_000n);
    expect(parseNanos(" 7. ")).toBe(7_000_000_000n);
    expect(parseNanos(".25")).toBe(250_000_000n);
    expect(parseNanos("+1")).toBe(1_000_000_000n);
  });
  it("reads exponents as providers write them", () => {
    expect(parseNanos("1.2E-7")).toBe(120n);
    expect(parseNanos("5e3")).toBe(5_000_000_000_000n);
  });
  it("rounds beyond nine decimals half to even, once per line", () => {
    expect(parseNanos("0.0000000005")).toBe(0n);
    expect(parseNanos("0.0000000015")).toBe(2n);
    expect(parseNanos("0.00000000151")).toBe(2n);
    expect(parseNanos("0.0000000025")).toBe(2n);
    expect(parseNanos("-0.0000000015")).toBe(-2n);
  });
  it("refuses what is not a number", () => {
    for (const text of ["", " ", "NULL", "1,5", "abc", "1.2.3", ".", "e5", "1e999"]) expect(parseNanos(text)).toBeNull();
  });
  it("sums many decimals exactly where floats drift", () => {
    const line = "0.1000000003";
    let floatSum = 0;
    let exact = 0n;
    for (let i = 0; i < 100_000; i++) {
      floatSum += Number(line);
      exact += parseNanos(line)!;
    }
    expect(exact).toBe(10_000_000_000_000n);
    expect(floatSum).not.toBe(10_000.00003);
  });
});

describe("formatNanos and nanosToNumber", () => {
  it("rounds once for display", () => {
    expect(formatNanos(1_234_505_000_000n)).toBe("1234.51");
    expect(formatNanos(1_234_504_999_999n)).toBe("1234.50");
    expect(formatNanos(-5_000_000n)).toBe("-0.01");
    expect(formatNanos(-4_000_000n)).toBe("0.00");
    expect(formatNanos(12_345_678_901n, 9)).toBe("12.345678901");
    expect(formatNanos(2_500_000_000n, 0)).toBe("3");
    expect(() => formatNanos(1n, 10)).toThrow(RangeError);
  });
  it("converts to a number for charts", () => {
    expect(nanosToNumber(1_234_500_000_000n)).toBe(1234.5);
    expect(nanosToNumber(-1_500_000_000n)).toBe(-1.5);
  });
});

import { describe, expect, it } from "vitest";
import { budgetInputSchema } from "./budget-input";

const parse = (body: unknown) => budgetInputSchema.safeParse(body);

describe("budgetInputSchema", () => {
  it("reads decimal strings and numbers exactly into nano-units", () => {
    expect(parse({ amount: "1500.25", currency: "eur" }).data).toEqual({ amount: 1_500_250_000_000n, currency: "EUR" });
    expect(parse({ amount: 0.1 }).data).toEqual({ amount: 100_000_000n, currency: "USD" });
    expect(parse({ amount: "0" }).data?.amount).toBe(0n);
    expect(parse({ amount: "1000000000" }).data?.amount).toBe(1_000_000_000_000_000_000n);
  });

  it("names the field it refuses", () => {
    const first = (body: unknown) => parse(body).error?.issues[0];
    expect(first({})).toMatchObject({ path: ["amount"] });
    expect(first({ amount: "12,5" })).toMatchObject({ path: ["amount"], message: "amount must be a decimal number" });
    expect(first({ amount: -1 })).toMatchObject({ path: ["amount"], message: "amount must not be negative" });
    expect(first({ amount: "1000000000.01" })).toMatchObject({ path: ["amount"], message: "amount must be at most 1000000000" });
    expect(first({ amount: Number.NaN })).toMatchObject({ path: ["amount"] });
    expect(first({ amount: 5, currency: "dollars" })).toMatchObject({ path: ["currency"] });
    expect(first({ amount: 5, extra: true })).toBeDefined();
  });
});

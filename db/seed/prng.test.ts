import { describe, expect, it } from "vitest";
import { createPrng } from "./prng";

describe("createPrng", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("differs between seeds", () => {
    expect(createPrng(1)()).not.toBe(createPrng(2)());
  });
});

import { describe, expect, it } from "vitest";
import { readFlash } from "./flash";

describe("readFlash", () => {
  it("finds and decodes the message among other cookies", () => {
    expect(readFlash("theme=dark; keel-flash=SLO%20%E2%80%9CCheckout%E2%80%9D%20created.; other=1")).toBe("SLO “Checkout” created.");
    expect(readFlash("keel-flash=Saved.")).toBe("Saved.");
  });

  it("gives null without a message, for an empty one and for a malformed one", () => {
    expect(readFlash("")).toBeNull();
    expect(readFlash("keel-flashy=x; a=b")).toBeNull();
    expect(readFlash("keel-flash=")).toBeNull();
    expect(readFlash("keel-flash=%E0%A4%A")).toBeNull();
  });

  it("keeps at most 300 characters", () => {
    expect(readFlash(`keel-flash=${"a".repeat(400)}`)).toHaveLength(300);
  });
});

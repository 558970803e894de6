import { describe, expect, it } from "vitest";
import { slugSchema } from "./schemas";
import { followsName, slugify } from "./slugify";

describe("slugify", () => {
  it("lowercases words and joins them with single hyphens", () => {
    expect(slugify("Payment Gateway")).toBe("payment-gateway");
    expect(slugify("  Checkout   API  ")).toBe("checkout-api");
    expect(slugify("Checkout API v2")).toBe("checkout-api-v2");
  });

  it("drops accents and spells out letters without a base letter", () => {
    expect(slugify("Zahlungsübersicht Café")).toBe("zahlungsubersicht-cafe");
    expect(slugify("Straße Ærø Łódź")).toBe("strasse-aero-lodz");
    expect(slugify("Crème brûlée")).toBe("creme-brulee");
  });

  it("turns punctuation into one hyphen and & into and", () => {
    expect(slugify("Search & Discovery")).toBe("search-and-discovery");
    expect(slugify("Payments (EU) / checkout: p99!")).toBe("payments-eu-checkout-p99");
    expect(slugify("a--b__c..d")).toBe("a-b-c-d");
    expect(slugify("Ledger—core’s “API”")).toBe("ledger-core-s-api");
  });

  it("starts with a letter and ends without a hyphen", () => {
    expect(slugify("3D viewer")).toBe("d-viewer");
    expect(slugify("-- 42 --")).toBe("");
    expect(slugify("Checkout -")).toBe("checkout");
    expect(slugify("🚀 Launch")).toBe("launch");
  });

  it("cuts at the slug rule's 63 characters without leaving a trailing hyphen", () => {
    const long = "Payment gateway availability for the european checkout flow at peak load";
    expect(slugify(long)).toBe("payment-gateway-availability-for-the-european-checkout-flow-at");
    expect(slugify(long)).toHaveLength(62);
    expect(slugify("a".repeat(80))).toHaveLength(63);
    expect(slugSchema.safeParse(slugify("a".repeat(80))).success).toBe(true);
    expect(slugSchema.safeParse("a".repeat(64)).success).toBe(false);
  });

  it("gives slugs the schema accepts", () => {
    for (const name of ["Payment Gateway", "Zahlungsübersicht Café", "Search & Discovery", "3D viewer", "Checkout API v2"]) {
      expect(slugSchema.safeParse(slugify(name)).success).toBe(true);
    }
  });
});

describe("followsName", () => {
  it("follows while the slug is empty or still the name's slug", () => {
    expect(followsName("Payment Gateway", "")).toBe(true);
    expect(followsName("Payment Gateway", "payment-gateway")).toBe(true);
    expect(followsName("Payment Gateway", "payments")).toBe(false);
  });
});

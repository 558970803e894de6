import { describe, expect, it } from "vitest";
import { serviceInputSchema, slugSchema, teamInputSchema } from "./schemas";

describe("catalog schemas", () => {
  it("accepts kebab-case slugs and refuses others", () => {
    expect(slugSchema.safeParse("payment-gateway").success).toBe(true);
    expect(slugSchema.safeParse("Payment").success).toBe(false);
    expect(slugSchema.safeParse("-x").success).toBe(false);
    expect(slugSchema.safeParse("a").success).toBe(false);
    expect(slugSchema.safeParse("ends-").success).toBe(false);
  });

  it("coerces tier from form strings and refuses tier 4", () => {
    const base = { slug: "checkout", name: "Checkout", team: "payments" };
    expect(serviceInputSchema.parse({ ...base, tier: "2" }).tier).toBe(2);
    const bad = serviceInputSchema.safeParse({ ...base, tier: 4 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["tier"]);
  });

  it("turns empty links into null and refuses non-http links", () => {
    const base = { slug: "checkout", name: "Checkout", team: "payments", tier: 1 };
    expect(serviceInputSchema.parse({ ...base, repoUrl: "" }).repoUrl).toBeNull();
    expect(serviceInputSchema.parse({ ...base, runbookUrl: "https://wiki.example.com/rb" }).runbookUrl).toBe("https://wiki.example.com/rb");
    expect(serviceInputSchema.safeParse({ ...base, repoUrl: "javascript:alert(1)" }).success).toBe(false);
  });

  it("requires a team name", () => {
    const result = teamInputSchema.safeParse({ slug: "payments", name: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["name"]);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formValues } from "./forms";

describe("form helpers", () => {
  it("groups zod issues by field path", () => {
    const schema = z.object({ name: z.string().min(1, "is required"), tier: z.number().max(3, "must be 1, 2 or 3") });
    const result = schema.safeParse({ name: "", tier: 4 });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: ["is required"], tier: ["must be 1, 2 or 3"] });
  });

  it("keeps typed values but not Next's internal $ACTION fields", () => {
    const data = new FormData();
    data.set("name", "Checkout");
    data.set("$ACTION_ID_abc", "");
    expect(formValues(data)).toEqual({ name: "Checkout" });
  });
});

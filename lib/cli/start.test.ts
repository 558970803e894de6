import { describe, expect, it } from "vitest";
import { authUrlEnv } from "./start";

describe("authUrlEnv", () => {
  it("trusts X-Forwarded-Host only behind a trusted proxy", () => {
    expect(authUrlEnv({ KEEL_TRUST_PROXY: "1" })).toEqual({ AUTH_TRUST_HOST: "true" });
    expect(authUrlEnv({ KEEL_TRUST_PROXY: "true", PORT: "8080" })).toEqual({ AUTH_TRUST_HOST: "true" });
  });

  it("otherwise uses the local URL, never the request's host headers", () => {
    expect(authUrlEnv({})).toEqual({ NEXTAUTH_URL: "http://localhost:3000" });
    expect(authUrlEnv({ PORT: "8080", KEEL_TRUST_PROXY: "0" })).toEqual({ NEXTAUTH_URL: "http://localhost:8080" });
  });

  it("leaves a configured public URL alone", () => {
    expect(authUrlEnv({ NEXTAUTH_URL: "https://keel.example.com" })).toEqual({});
    expect(authUrlEnv({ NEXTAUTH_URL: "https://keel.example.com", KEEL_TRUST_PROXY: "1" })).toEqual({});
  });
});

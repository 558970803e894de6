import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin";

const request = (method: string, headers: Record<string, string>) => new Request("http://keel.example:3000/api/v1/slos", { method, headers });

describe("cross-site write guard", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite(request("GET", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toBe(false);
  });

  it("refuses writes the browser marks as cross-site or same-site", () => {
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite(request("DELETE", { "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteWrite(request("PUT", { "sec-fetch-site": "same-origin", host: "keel.example:3000", origin: "http://keel.example:3000" }))).toBe(false);
  });

  it("compares the Origin with the host the request was sent to", () => {
    expect(isCrossSiteWrite(request("POST", { host: "keel.example:3000", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request("POST", { host: "keel.example:3000", origin: "http://keel.example:3000" }))).toBe(false);
    // Behind a proxy the operator declared (KEEL_TRUST_PROXY), X-Forwarded-Host is the public host; otherwise it is ignored.
    const proxied = () => request("POST", { host: "127.0.0.1:3000", "x-forwarded-host": "keel.example", origin: "https://keel.example" });
    expect(isCrossSiteWrite(proxied(), true)).toBe(false);
    expect(isCrossSiteWrite(proxied(), false)).toBe(true);
    expect(isCrossSiteWrite(request("POST", { origin: "null" }))).toBe(true);
  });

  it("lets header-less API clients through (they authenticate with tokens)", () => {
    expect(isCrossSiteWrite(request("POST", {}))).toBe(false);
  });
});

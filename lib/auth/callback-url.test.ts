import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginPath } from "./callback-url";

const KEEL = "https://keel.example.com";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackPath("/slos")).toBe("/slos");
    expect(safeCallbackPath("/services?team=payments#slos")).toBe("/services?team=payments#slos");
    expect(safeCallbackPath("/services/checkout%20api")).toBe("/services/checkout%20api");
    // An encoded slash in the query is data, not a path separator.
    expect(safeCallbackPath("/slos?callbackUrl=%2Fx")).toBe("/slos?callbackUrl=%2Fx");
  });

  it("falls back to / without a candidate", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
  });

  it.each([
    ["//evil.example", "protocol-relative"],
    ["//evil.example/settings", "protocol-relative with a path"],
    ["///evil.example", "three slashes"],
    ["/\\evil.example", "backslash read as a slash"],
    ["\\\\evil.example", "two backslashes"],
    ["/.//evil.example", "dot segment leaving a protocol-relative path"],
    ["https://evil.example", "absolute URL elsewhere"],
    ["https://evil.example/settings", "absolute URL elsewhere with a path"],
    ["http://keel.invalid.evil.example/", "look-alike host"],
    ["javascript:alert(1)", "javascript URL"],
    ["JavaScript:alert(document.cookie)", "javascript URL in mixed case"],
    ["data:text/html,<script>alert(1)</script>", "data URL"],
    ["/%09/evil.example", "encoded tab"],
    ["/%0a/evil.example", "encoded newline"],
    ["/%0D/evil.example", "encoded carriage return in upper case"],
    ["/%00/evil.example", "encoded NUL"],
    ["/%1f/evil.example", "encoded unit separator"],
    ["/%7F/evil.example", "encoded DEL"],
    ["/%2F%2Fevil.example", "encoded slashes"],
    ["/%2fevil.example", "encoded slash in lower case"],
    ["/%5Cevil.example", "encoded backslash"],
    ["/\t/evil.example", "raw tab"],
    ["/\n/evil.example", "raw newline"],
    ["/\r\n/evil.example", "raw CRLF"],
    ["/\u0000/evil.example", "raw NUL"],
    ["/\u007f/evil.example", "raw DEL"],
    ["\t//evil.example", "leading tab"],
    ["/slos?x=\t", "raw control character in the query"],
    ["http://[::1", "malformed URL"],
  ])("sends %j (%s) to /", (candidate) => {
    expect(safeCallbackPath(candidate)).toBe("/");
    expect(safeCallbackPath(candidate, KEEL)).toBe("/");
  });

  it.each(["/login", "/login?callbackUrl=/x", "/login/", "/api/auth/signout", "/api/auth", "/api/./auth/session", "/%2e%2e/login", "/slos/../login"])(
    "never returns to %j",
    (candidate) => {
      expect(safeCallbackPath(candidate)).toBe("/");
    },
  );

  it("accepts absolute URLs on Keel's own origin only when told that origin", () => {
    expect(safeCallbackPath(`${KEEL}/settings?tab=users`, KEEL)).toBe("/settings?tab=users");
    expect(safeCallbackPath(`${KEEL}/settings`)).toBe("/");
    expect(safeCallbackPath("http://keel.example.com/settings", KEEL)).toBe("/");
    expect(safeCallbackPath("https://keel.example.com:8443/settings", KEEL)).toBe("/");
    expect(safeCallbackPath(`${KEEL}/login`, KEEL)).toBe("/");
  });

  it("falls back to / when the origin given is not a URL", () => {
    expect(safeCallbackPath("/slos", "not a url")).toBe("/");
  });
});

describe("sameOriginPath", () => {
  it("allows the login page, for redirects after signing out", () => {
    expect(sameOriginPath("/login", KEEL)).toBe("/login");
    expect(sameOriginPath(`${KEEL}/login`, KEEL)).toBe("/login");
    expect(sameOriginPath("https://evil.example/login", KEEL)).toBe("/");
  });
});

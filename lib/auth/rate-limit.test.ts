import { describe, expect, it } from "vitest";
import { clientIp, DIRECT_CLIENT, failureLimitOf, isThrottled, LOGIN_FAILURE_LIMIT, loginThrottleKeys, proxyTrusted, SHARED_ADDRESS_FAILURE_LIMIT } from "./rate-limit";

describe("proxyTrusted", () => {
  it("is on only for KEEL_TRUST_PROXY=1 or true", () => {
    for (const value of ["1", "true", "TRUE", " true "]) expect(proxyTrusted({ KEEL_TRUST_PROXY: value })).toBe(true);
    for (const value of [undefined, "", "0", "false", "yes", "2"]) expect(proxyTrusted({ KEEL_TRUST_PROXY: value })).toBe(false);
  });
});

describe("clientIp", () => {
  const spoofed = { "x-forwarded-for": "192.0.2.1", "x-real-ip": "192.0.2.2" };

  it("ignores proxy headers unless the proxy is trusted", () => {
    expect(clientIp(spoofed, false)).toBe(DIRECT_CLIENT);
    expect(clientIp(new Headers(spoofed), false)).toBe(DIRECT_CLIENT);
    expect(clientIp({}, false)).toBe(DIRECT_CLIENT);
  });

  it("behind a trusted proxy, takes the address the proxy appended, not what the client claimed", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.66, 192.0.2.1" }, true)).toBe("192.0.2.1");
    expect(clientIp({ "x-forwarded-for": " 192.0.2.1 " }, true)).toBe("192.0.2.1");
    expect(clientIp({ "x-forwarded-for": ["203.0.113.66", "192.0.2.1"] }, true)).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.66, 192.0.2.1," }), true)).toBe("192.0.2.1");
  });

  it("falls back to X-Real-IP, then to the shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 192.0.2.9 " }), true)).toBe("192.0.2.9");
    expect(clientIp({ "x-forwarded-for": " , " }, true)).toBe(DIRECT_CLIENT);
    expect(clientIp({}, true)).toBe(DIRECT_CLIENT);
  });
});

describe("throttling", () => {
  it("keys failures by account and address", () => {
    expect(loginThrottleKeys(" Ada@Keel.local ", "192.0.2.1")).toEqual(["email:ada@keel.local", "ip:192.0.2.1"]);
    expect(loginThrottleKeys("ada@keel.local", null)).toEqual(["email:ada@keel.local"]);
  });

  it("stops at the limit of any key", () => {
    expect(isThrottled([9, 3])).toBe(false);
    expect(isThrottled([3, 10])).toBe(true);
  });

  it("gives the shared direct bucket a higher limit than one address", () => {
    const keys = loginThrottleKeys("ada@keel.local", DIRECT_CLIENT);
    expect(keys.map(failureLimitOf)).toEqual([LOGIN_FAILURE_LIMIT, SHARED_ADDRESS_FAILURE_LIMIT]);
    expect(failureLimitOf("ip:192.0.2.1")).toBe(LOGIN_FAILURE_LIMIT);
    expect(isThrottled([3, 50], keys.map(failureLimitOf))).toBe(false);
    expect(isThrottled([3, SHARED_ADDRESS_FAILURE_LIMIT], keys.map(failureLimitOf))).toBe(true);
    expect(isThrottled([LOGIN_FAILURE_LIMIT, 0], keys.map(failureLimitOf))).toBe(true);
  });
});

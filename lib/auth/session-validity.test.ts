import { describe, expect, it } from "vitest";
import { isSessionCurrent, sessionStartOf } from "./session-validity";

const t = Date.UTC(2026, 11, 1, 9, 0);

describe("isSessionCurrent", () => {
  it("keeps every session while nothing has ended them", () => {
    expect(isSessionCurrent(t, null)).toBe(true);
    expect(isSessionCurrent(t, undefined)).toBe(true);
    expect(isSessionCurrent(undefined, null)).toBe(true);
  });

  it("ends sessions that began before sessionsValidAfter", () => {
    expect(isSessionCurrent(t - 1, new Date(t))).toBe(false);
    expect(isSessionCurrent(t - 60_000, t)).toBe(false);
  });

  it("keeps sessions that began at or after it", () => {
    expect(isSessionCurrent(t, new Date(t))).toBe(true);
    expect(isSessionCurrent(t + 1, new Date(t))).toBe(true);
  });

  it("ends a session of unknown age once sessions were ended", () => {
    expect(isSessionCurrent(undefined, new Date(t))).toBe(false);
    expect(isSessionCurrent(Number.NaN, new Date(t))).toBe(false);
  });
});

describe("sessionStartOf", () => {
  it("prefers Keel's sign-in stamp over the JWT's issue time", () => {
    expect(sessionStartOf({ sessionStartedAt: t, iat: t / 1000 + 3600 })).toBe(t);
  });

  it("falls back to iat, in seconds, for tokens without the stamp", () => {
    expect(sessionStartOf({ iat: 1_700_000_000 })).toBe(1_700_000_000_000);
    expect(sessionStartOf({ sessionStartedAt: "soon", iat: 1_700_000_000 })).toBe(1_700_000_000_000);
    expect(sessionStartOf({})).toBeUndefined();
  });
});

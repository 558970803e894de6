// The SLI ingest body: accepted forms of ts, minute truncation, and the exact field of the first bad input.
import { describe, expect, it } from "vitest";
import { formatIssuePath } from "@/lib/zod-path";
import {
  MAX_SLI_POINTS,
  parseIngestInstant,
  parseSliIngestBody,
  parseSliMode,
  sliIngestBodySchema,
  sliRetentionDays,
  sloSlugsOf,
  type SliIngestResult,
} from "./ingest-schema";

const NOW_MS = Date.UTC(2026, 10, 1, 12, 0, 0); // 2026-11-01T12:00:00Z
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const SLO_IDS: Record<string, number> = { "checkout-availability": 1, "search-latency": 2 };
const options = { resolveSlo: (slug: string) => SLO_IDS[slug], nowMs: NOW_MS, retentionDays: 400 };

const point = (overrides: Record<string, unknown> = {}) => ({ slo: "checkout-availability", ts: "2026-11-01T10:05:00Z", good: 995, total: 1000, ...overrides });

function failure(result: SliIngestResult): { code: string; field?: string; message: string } {
  if (result.ok) throw new Error("expected the body to be refused");
  return { code: result.code, field: result.field, message: result.message };
}

describe("parseIngestInstant", () => {
  it("reads ISO-8601 with Z or an offset, and epoch seconds", () => {
    const expected = Date.UTC(2026, 10, 1, 10, 5, 30);
    expect(parseIngestInstant("2026-11-01T10:05:30Z")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T10:05:30.999Z")).toBe(expected);
    expect(parseIngestInstant("2026-11-01t10:05:30z")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T11:05:30+01:00")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T05:05:30-0500")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T15:35:30+05:30")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T12:05:30+02")).toBe(expected);
    expect(parseIngestInstant("2026-11-01T10:05Z")).toBe(Date.UTC(2026, 10, 1, 10, 5));
    expect(parseIngestInstant(expected / 1000)).toBe(expected);
    expect(parseIngestInstant(2024 + 0.5)).toBe(2_024_500);
  });

  it("refuses times without a zone, impossible dates and other types", () => {
    for (const bad of [
      "2026-11-01T10:05:00",
      "2026-11-01",
      "2026-02-29T00:00:00Z",
      "2026-11-31T00:00:00Z",
      "2026-11-01T24:00:00Z",
      "2026-11-01T10:60:00Z",
      "2026-11-01T10:05:60Z",
      "2026-11-01T10:05:00+24:00",
      "Sun, 01 Nov 2026 10:05:00 GMT",
      "1793527500",
      "",
      null,
      true,
      {},
    ]) {
      expect(parseIngestInstant(bad), String(bad)).toBeNull();
    }
    expect(parseIngestInstant("2028-02-29T00:00:00Z")).toBe(Date.UTC(2028, 1, 29));
  });
});

describe("parseSliIngestBody", () => {
  it("accepts points, resolves slugs and truncates ts to its minute", () => {
    const result = parseSliIngestBody(
      {
        points: [
          point({ ts: "2026-11-01T10:05:59.9Z" }),
          point({ slo: "search-latency", ts: Date.UTC(2026, 10, 1, 10, 6, 1) / 1000, good: 0, total: 0 }),
          point({ ts: "2026-11-01T11:07:00+01:00", good: 7, total: 7, extra: "ignored" }),
        ],
      },
      options,
    );
    const minute = Date.UTC(2026, 10, 1, 10, 5) / MINUTE_MS;
    expect(result).toEqual({
      ok: true,
      points: [
        { sloId: 1, minute, good: 995, total: 1000 },
        { sloId: 2, minute: minute + 1, good: 0, total: 0 },
        { sloId: 1, minute: minute + 2, good: 7, total: 7 },
      ],
    });
    expect(parseSliIngestBody({ points: [] }, options)).toEqual({ ok: true, points: [] });
  });

  it("names the exact field of each kind of bad input", () => {
    const cases: [unknown, string | undefined][] = [
      [[point()], undefined],
      [null, undefined],
      ["points", undefined],
      [{}, "points"],
      [{ points: { 0: point() } }, "points"],
      [{ points: "[]" }, "points"],
      [{ points: [point(), 7] }, "points[1]"],
      [{ points: [point(), point(), point({ slo: undefined })] }, "points[2].slo"],
      [{ points: [point({ slo: 3 })] }, "points[0].slo"],
      [{ points: [point({ slo: "" })] }, "points[0].slo"],
      [{ points: [point(), point({ slo: "nope" })] }, "points[1].slo"],
      [{ points: [point({ ts: "2026-11-01T10:05:00" })] }, "points[0].ts"],
      [{ points: [point({ ts: "yesterday" })] }, "points[0].ts"],
      [{ points: [point({ ts: undefined })] }, "points[0].ts"],
      [{ points: [point(), point(), point(), point({ good: 1001 })] }, "points[3].good"],
      [{ points: [point({ good: -1 })] }, "points[0].good"],
      [{ points: [point({ good: 1.5 })] }, "points[0].good"],
      [{ points: [point({ good: "995" })] }, "points[0].good"],
      [{ points: [point({ good: 2 ** 53 })] }, "points[0].good"],
      [{ points: [point({ total: -1, good: 0 })] }, "points[0].total"],
      [{ points: [point({ total: 10.5 })] }, "points[0].total"],
      [{ points: [point({ total: undefined })] }, "points[0].total"],
    ];
    for (const [body, field] of cases) {
      const refused = failure(parseSliIngestBody(body, options));
      expect(refused.code, JSON.stringify(body)).toBe("bad_request");
      expect(refused.field, JSON.stringify(body)).toBe(field);
      if (field) expect(refused.message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it("accepts 1,000,000,000 events a minute and refuses one more, naming the field and the limit", () => {
    const limit = 1_000_000_000;
    expect(parseSliIngestBody({ points: [point({ good: limit, total: limit })] }, options)).toMatchObject({ ok: true, points: [{ good: limit, total: limit }] });
    const body = { points: [point(), point(), point(), point({ good: 5, total: limit + 1 })] };
    expect(failure(parseSliIngestBody(body, options))).toEqual({ code: "bad_request", field: "points[3].total", message: "points[3].total: at most 1,000,000,000 events per minute" });
    expect(failure(parseSliIngestBody({ points: [point({ good: limit + 1, total: limit + 1 })] }, options))).toMatchObject({
      field: "points[0].good",
      message: "points[0].good: at most 1,000,000,000 events per minute",
    });
    // The zod schema (OpenAPI, other callers) says the same.
    const zodResult = sliIngestBodySchema.safeParse({ points: [point({ good: 5, total: limit + 1 })] });
    expect(zodResult.success).toBe(false);
    expect(zodResult.error!.issues.map((issue) => [formatIssuePath(issue.path), issue.message])).toEqual([["points[0].total", "at most 1,000,000,000 events per minute"]]);
  });

  it("says the slug is unknown and which one", () => {
    expect(failure(parseSliIngestBody({ points: [point({ slo: "ghost-slo" })] }, options)).message).toBe('points[0].slo: unknown SLO slug "ghost-slo"');
    expect(failure(parseSliIngestBody({ points: [point({ good: 1001 })] }, options)).message).toBe("points[0].good: must not exceed total (1001 > 1000)");
  });

  it("reports the first bad field in point order, then field order slo, ts, good, total", () => {
    const body = { points: [point(), point(), point({ good: -3 }), point({ slo: "nope" })] };
    expect(failure(parseSliIngestBody(body, options)).field).toBe("points[2].good");
    expect(failure(parseSliIngestBody({ points: [point({ slo: "nope", good: -3 })] }, options)).field).toBe("points[0].slo");
    expect(failure(parseSliIngestBody({ points: [point({ ts: "x", total: -1 })] }, options)).field).toBe("points[0].ts");
  });

  it("refuses points older than the retention or more than a day ahead", () => {
    const cutOffMinuteMs = Math.floor((NOW_MS - 400 * DAY_MS) / MINUTE_MS) * MINUTE_MS;
    const at = (ms: number) => ({ points: [point(), point({ ts: new Date(ms).toISOString() })] });
    expect(parseSliIngestBody(at(cutOffMinuteMs), options).ok).toBe(true);
    expect(failure(parseSliIngestBody(at(cutOffMinuteMs - MINUTE_MS), options))).toEqual({
      code: "bad_request",
      field: "points[1].ts",
      message: "points[1].ts: older than the 400-day retention of minute data",
    });
    expect(parseSliIngestBody(at(NOW_MS + DAY_MS), options).ok).toBe(true);
    expect(failure(parseSliIngestBody(at(NOW_MS + DAY_MS + MINUTE_MS), options)).field).toBe("points[1].ts");
    expect(failure(parseSliIngestBody(at(NOW_MS - 31 * DAY_MS), { ...options, retentionDays: 30 })).field).toBe("points[1].ts");
  });

  it("answers payload_too_large above 50,000 points without looking at them", () => {
    const tooMany = { points: new Array(MAX_SLI_POINTS + 1).fill(0) };
    expect(failure(parseSliIngestBody(tooMany, options))).toMatchObject({ code: "payload_too_large", field: undefined });
    const atLimit = { points: Array.from({ length: MAX_SLI_POINTS }, (_, i) => point({ ts: NOW_MS / 1000 - i * 60 })) };
    const accepted = parseSliIngestBody(atLimit, options);
    expect(accepted.ok && accepted.points.length).toBe(MAX_SLI_POINTS);
  });
});

describe("sliRetentionDays, parseSliMode, sloSlugsOf", () => {
  it("reads KEEL_SLI_RETENTION_DAYS with 400 as the default", () => {
    expect(sliRetentionDays({})).toBe(400);
    expect(sliRetentionDays({ KEEL_SLI_RETENTION_DAYS: "730" })).toBe(730);
    expect(sliRetentionDays({ KEEL_SLI_RETENTION_DAYS: "zero" })).toBe(400);
    expect(sliRetentionDays({ KEEL_SLI_RETENTION_DAYS: "-5" })).toBe(400);
  });

  it("accepts replace (the default) and add modes only", () => {
    expect(parseSliMode(null)).toBe("replace");
    expect(parseSliMode("replace")).toBe("replace");
    expect(parseSliMode("add")).toBe("add");
    expect(parseSliMode("ADD")).toBeNull();
    expect(parseSliMode("")).toBeNull();
  });

  it("collects the distinct slugs of a body", () => {
    expect(sloSlugsOf({ points: [point(), point({ slo: "b" }), point(), 4, point({ slo: 9 })] }).sort()).toEqual(["b", "checkout-availability"]);
    expect(sloSlugsOf({ points: "x" })).toEqual([]);
    expect(sloSlugsOf(null)).toEqual([]);
  });
});

describe("sliIngestBodySchema (zod)", () => {
  it("names the same fields as the fast validator for structural errors", () => {
    const bodies: unknown[] = [
      { points: [point(), point({ good: 1001 })] },
      { points: [point({ good: -1 })] },
      { points: [point({ total: 1.5 })] },
      { points: [point({ ts: "2026-11-01T10:05:00" })] },
      { points: [point({ slo: 3 })] },
      {},
    ];
    for (const body of bodies) {
      const zodResult = sliIngestBodySchema.safeParse(body);
      expect(zodResult.success).toBe(false);
      const zodField = zodResult.success ? "" : formatIssuePath(zodResult.error.issues[0]!.path);
      expect(zodField, JSON.stringify(body)).toBe(failure(parseSliIngestBody(body, options)).field);
    }
    expect(sliIngestBodySchema.safeParse({ points: [point(), point({ ts: 1_793_527_500 })] }).success).toBe(true);
  });
});

// The SLI kind picked in the import preview: applied per SLO, a latency threshold required with latency, errors named by field.
import { describe, expect, it } from "vitest";
import { kindField, thresholdField } from "./choice-fields";
import { applyKindChoices } from "./choices";
import { parseOpenSlo } from "./parse";
import { fixture, ok } from "./testing";

const file = ok(parseOpenSlo(`${fixture("openslo/ratio-timeslices.yaml")}\n---\n${fixture("openslo/occurences-slo.yaml")}`));
const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? null;
const kinds = (result: ReturnType<typeof applyKindChoices>) => (result.ok ? result.parsed.slos.map(({ definition: d }) => [d.slug, d.sliKind, d.latencyThresholdMs]) : result.fieldErrors);

describe("applyKindChoices", () => {
  it("names its form fields after the SLO's slug", () => {
    expect(kindField("main-page")).toBe("sliKind:main-page");
    expect(thresholdField("main-page")).toBe("latencyThresholdMs:main-page");
  });

  it("leaves every SLO as the file gave it when nothing is picked", () => {
    expect(kinds(applyKindChoices(file, form({})))).toEqual([
      ["main-page", "ratio", null],
      ["search-slo", "latency", 500],
    ]);
  });

  it("takes latency with its threshold, and availability or ratio keeping the threshold the file gave", () => {
    const result = applyKindChoices(file, form({ "sliKind:main-page": "latency", "latencyThresholdMs:main-page": " 300 ", "sliKind:search-slo": "availability", "latencyThresholdMs:search-slo": "1" }));
    expect(kinds(result)).toEqual([
      ["main-page", "latency", 300],
      ["search-slo", "availability", 500],
    ]);
    // Only the kind and the threshold change; the rest of the parse result is the file's.
    expect(result.ok && result.parsed.services).toEqual(file.services);
    expect(result.ok && result.parsed.slos[0]!.definition.source).toEqual(file.slos[0]!.definition.source);
  });

  it("refuses latency without a whole positive threshold, and a kind Keel does not know, naming the SLO and field", () => {
    expect(applyKindChoices(file, form({ "sliKind:main-page": "latency", "latencyThresholdMs:main-page": "" }))).toEqual({
      ok: false,
      fieldErrors: { "latencyThresholdMs:main-page": ["main-page, latency threshold (ms): is required for latency SLOs"] },
    });
    expect(applyKindChoices(file, form({ "sliKind:main-page": "latency", "latencyThresholdMs:main-page": "2.5" }))).toEqual({
      ok: false,
      fieldErrors: { "latencyThresholdMs:main-page": ["main-page, latency threshold (ms): must be whole milliseconds"] },
    });
    expect(applyKindChoices(file, form({ "sliKind:main-page": "latency", "latencyThresholdMs:main-page": "fast" }))).toEqual({
      ok: false,
      fieldErrors: { "latencyThresholdMs:main-page": ["main-page, latency threshold (ms): must be a number of milliseconds"] },
    });
    expect(applyKindChoices(file, form({ "sliKind:search-slo": "speed" }))).toEqual({
      ok: false,
      fieldErrors: { "sliKind:search-slo": ["search-slo, SLI kind: must be availability, latency or ratio"] },
    });
  });
});

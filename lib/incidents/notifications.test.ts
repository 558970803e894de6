import { describe, expect, it } from "vitest";
import { genericPayload, headline, retryDelayMs, slackPayload, webhookInputSchema, type NoticeFacts } from "./notifications";

const notice: NoticeFacts = {
  event: "declared",
  number: 12,
  title: "Checkout <errors> & timeouts",
  severity: "SEV1",
  status: "triggered",
  isDrill: false,
  services: ["checkout", "payment-gateway"],
  team: "payments",
  startedAt: new Date("2026-11-01T10:00:00Z"),
  resolvedAt: null,
  url: "https://keel.example.com/incidents/12",
};

describe("notification payloads", () => {
  it("say what happened in one line, marking drills", () => {
    expect(headline(notice)).toBe("SEV1 incident #12 declared: Checkout <errors> & timeouts");
    expect(headline({ ...notice, event: "severity_changed", previousSeverity: "SEV3" })).toBe("SEV1 incident #12 severity changed (SEV3 → SEV1): Checkout <errors> & timeouts");
    expect(headline({ ...notice, isDrill: true, event: "resolved" })).toBe("[DRILL] SEV1 incident #12 resolved: Checkout <errors> & timeouts");
  });

  it("generic JSON carries the incident's facts", () => {
    expect(genericPayload(notice)).toEqual({
      event: "incident.declared",
      text: "SEV1 incident #12 declared: Checkout <errors> & timeouts",
      incident: { number: 12, title: "Checkout <errors> & timeouts", severity: "SEV1", previousSeverity: null, status: "triggered", drill: false, services: ["checkout", "payment-gateway"], team: "payments", startedAt: "2026-11-01T10:00:00.000Z", resolvedAt: null, url: "https://keel.example.com/incidents/12" },
    });
  });

  it("Slack's shape escapes its markup and says when it is a drill", () => {
    const slack = slackPayload({ ...notice, isDrill: true });
    expect(slack.text).toBe("[DRILL] SEV1 incident #12 declared: Checkout <errors> & timeouts");
    expect(slack.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*<https://keel.example.com/incidents/12|[DRILL] SEV1 incident #12 declared: Checkout &lt;errors&gt; &amp; timeouts>*" } });
    expect(slack.blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "This is a drill: a planned game day, not a real outage." }] });
    expect(slackPayload(notice).blocks).toHaveLength(2);
  });
});

describe("retries", () => {
  it("back off 30 s, 2 min, 10 min, 30 min, 1 h, then give up", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([30_000, 120_000, 600_000, 1_800_000, 3_600_000, null]);
  });
});

describe("webhook settings", () => {
  it("need an http(s) URL and at least one event", () => {
    const bad = webhookInputSchema.safeParse({ name: "x", url: "ftp://example.com", format: "slack", events: [] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["url", "events"]);
    expect(webhookInputSchema.parse({ name: "Ops", url: "https://hooks.example.com/x", format: "generic", events: ["declared"] })).toMatchObject({ enabled: true });
  });
});

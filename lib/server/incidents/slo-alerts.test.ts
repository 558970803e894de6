// SLO alerts and stale data opening incidents, over a real temporary database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { findIncidentByNumber, listIncidents, listTimeline } from "@/db/queries/incidents";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { slos } from "@/db/schema";
import { sloEvents, type AlertChange } from "@/lib/slo/events";
import { insertPushSlo } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { handleSloAlert, handleSloData, subscribeSloIncidents } from "./slo-alerts";

setUpTempDatabase();

const ids: Record<string, number> = {};

beforeAll(async () => {
  const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const tier1 = await createService({ slug: "checkout", name: "Checkout", teamId: team.id, tier: 1 }, CLI_ACTOR);
  const tier2 = await createService({ slug: "ledger", name: "Ledger", teamId: team.id, tier: 2 }, CLI_ACTOR);
  ids.tier1 = insertPushSlo({ slug: "checkout-availability", serviceId: tier1.id, name: "Checkout availability" });
  ids.tier2 = insertPushSlo({ slug: "ledger-availability", serviceId: tier2.id, name: "Ledger availability" });
  ids.tier2on = insertPushSlo({ slug: "ledger-latency", serviceId: tier2.id, name: "Ledger latency" });
  ids.tier1off = insertPushSlo({ slug: "checkout-latency", serviceId: tier1.id, name: "Checkout latency" });
  ids.stale = insertPushSlo({ slug: "checkout-batch", serviceId: tier1.id, name: "Checkout batch" });
  getDb().update(slos).set({ incidentOnPage: "on" }).where(eq(slos.id, ids.tier2on)).run();
  getDb().update(slos).set({ incidentOnPage: "off" }).where(eq(slos.id, ids.tier1off)).run();
  getDb().update(slos).set({ incidentOnStale: true, incidentOnPage: "off" }).where(eq(slos.id, ids.stale)).run();
});

const at = new Date("2026-12-02T09:00:00Z");
const page = (slo: string, extra: Partial<AlertChange> = {}): AlertChange => ({ kind: "fired", slo, service: "x", severity: "page", longWindow: "1h", shortWindow: "5m", threshold: 14.4, burnRate: 16.04, at, ...extra });
const sloIncidents = async (sloId: number) => (await listIncidents({ limit: 100 })).incidents.filter((i) => i.sloId === sloId);

describe("incidents from SLO alerts", () => {
  it("a page alert of a tier-1 SLO (auto) opens one SEV2 incident linked to the SLO; a repeat adds an entry", async () => {
    const first = await handleSloAlert(page("checkout-availability"));
    expect(first.action).toBe("opened");
    const incident = (await findIncidentByNumber(first.incident!))!;
    expect(incident).toMatchObject({ title: "Checkout availability: burning error budget at 16× (page)", severity: "SEV2", source: "slo", sloId: ids.tier1, sloSlug: "checkout-availability", startedAt: at });
    expect(incident.services.map((s) => s.slug)).toEqual(["checkout"]);
    const again = await handleSloAlert(page("checkout-availability", { longWindow: "6h", shortWindow: "30m", threshold: 6, burnRate: 7.25 }));
    expect(again).toEqual({ incident: first.incident, action: "updated" });
    expect(await sloIncidents(ids.tier1)).toHaveLength(1);
    const resolved = await handleSloAlert(page("checkout-availability", { kind: "resolved" }));
    expect(resolved).toEqual({ incident: first.incident, action: "updated" });
    const texts = (await listTimeline(incident.id)).filter((e) => e.kind === "alert" || e.kind === "slo").map((e) => e.text);
    expect(texts).toEqual([
      "Page alert fired: burning error budget at 16× over 1h/5m (threshold 14.4×)",
      "Page alert fired: burning error budget at 7.3× over 6h/30m (threshold 6×)",
      "Page alert resolved (1h/5m)",
    ]);
    // Not resolved by the engine: people resolve.
    expect((await findIncidentByNumber(first.incident!))!.status).toBe("triggered");
  });

  it("auto on a tier-2 SLO opens nothing, on opens one, off opens nothing; ticket alerts never open", async () => {
    expect(await handleSloAlert(page("ledger-availability"))).toEqual({ incident: null, action: "ignored" });
    expect(await handleSloAlert(page("checkout-latency"))).toEqual({ incident: null, action: "ignored" });
    expect((await handleSloAlert(page("ledger-latency", { severity: "ticket" }))).action).toBe("ignored");
    expect((await handleSloAlert(page("ledger-latency"))).action).toBe("opened");
    expect(await sloIncidents(ids.tier2)).toHaveLength(0);
    expect(await sloIncidents(ids.tier2on)).toHaveLength(1);
    expect(await handleSloAlert(page("no-such-slo"))).toEqual({ incident: null, action: "ignored" });
  });

  it("a stale-data episode opens a SEV3 incident where the SLO asks for it, once", async () => {
    const missing = { kind: "data_missing" as const, slo: "checkout-batch", service: "checkout", lastDataAt: new Date("2026-12-02T08:40:00Z"), at };
    const opened = await handleSloData(missing);
    expect(opened.action).toBe("opened");
    expect((await findIncidentByNumber(opened.incident!))!).toMatchObject({ title: "SLI data missing for Checkout batch", severity: "SEV3", sloId: ids.stale });
    expect(await handleSloData(missing)).toEqual({ incident: opened.incident, action: "updated" });
    expect(await sloIncidents(ids.stale)).toHaveLength(1);
    expect(await handleSloData({ ...missing, slo: "ledger-availability" })).toEqual({ incident: null, action: "ignored" });
  });
});

describe("subscribeSloIncidents", () => {
  const unsubscribe = subscribeSloIncidents();
  afterAll(() => unsubscribe());

  it("subscribes once and opens one incident for two page alerts of an evaluation", async () => {
    expect(subscribeSloIncidents()).toBe(unsubscribe);
    expect(sloEvents.listenerCount("alert")).toBe(1);
    getDb().update(slos).set({ incidentOnPage: "on" }).where(eq(slos.id, ids.tier2)).run();
    sloEvents.emit("alert", page("ledger-availability"));
    sloEvents.emit("alert", page("ledger-availability", { longWindow: "6h", shortWindow: "30m" }));
    const entriesOf = async () => {
      const [incident] = await sloIncidents(ids.tier2);
      return incident ? (await listTimeline(incident.id)).filter((e) => e.kind === "alert" || e.kind === "slo").length : 0;
    };
    const deadline = Date.now() + 10_000;
    while ((await entriesOf()) < 2) {
      if (Date.now() > deadline) throw new Error("the two alerts did not reach one incident");
      await new Promise((r) => setTimeout(r, 50));
    }
    const [incident, ...more] = await sloIncidents(ids.tier2);
    expect(more).toHaveLength(0);
    expect((await listTimeline(incident!.id)).filter((e) => e.kind === "alert" || e.kind === "slo")).toHaveLength(2);
  });
});

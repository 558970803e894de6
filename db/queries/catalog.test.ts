import { beforeAll, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { listAuditEntries, type Actor } from "./audit";
import { ConflictError } from "./errors";
import { createService, deleteService, findServiceBySlug, listServices, updateService } from "./services";
import { addTeamMember, createTeam, deleteTeam, listTeams } from "./teams";
import { createUser } from "./users";

setUpTempDatabase();

const actor: Actor = { kind: "user", id: null, label: "tester@keel.local" };
let teamId = 0;

beforeAll(async () => {
  teamId = (await createTeam({ slug: "payments", name: "Payments" }, actor)).id;
});

describe("services and teams", () => {
  it("creates a service and audits it with the after value", async () => {
    await createService({ slug: "checkout", name: "Checkout", teamId, tier: 1 }, actor);
    const service = await findServiceBySlug("checkout");
    expect(service).toMatchObject({ slug: "checkout", teamSlug: "payments", tier: 1 });
    const { entries } = await listAuditEntries({ entity: "service" });
    expect(entries[0]).toMatchObject({ action: "service.create", entityId: "checkout", actorLabel: "tester@keel.local" });
    expect(entries[0]!.after).toMatchObject({ slug: "checkout", tier: 1 });
  });

  it("refuses a duplicate slug with a conflict and writes nothing", async () => {
    const before = (await listAuditEntries()).total;
    await expect(createService({ slug: "checkout", name: "Again", teamId, tier: 2 }, actor)).rejects.toBeInstanceOf(ConflictError);
    expect((await listAuditEntries()).total).toBe(before);
    expect((await listServices()).filter((s) => s.slug === "checkout")).toHaveLength(1);
  });

  it("records before and after on update, and the deletion", async () => {
    const service = (await findServiceBySlug("checkout"))!;
    await updateService(service.id, { tier: 2 }, actor);
    const { entries } = await listAuditEntries({ entity: "service" });
    expect(entries[0]!.before).toMatchObject({ tier: 1 });
    expect(entries[0]!.after).toMatchObject({ tier: 2 });
    expect(await deleteService(service.id, actor)).toBe(true);
    expect(await findServiceBySlug("checkout")).toBeUndefined();
    expect((await listAuditEntries({ entity: "service" })).entries[0]!.action).toBe("service.delete");
  });

  it("filters services by team, tier and text", async () => {
    const other = (await createTeam({ slug: "streaming", name: "Streaming" }, actor)).id;
    await createService({ slug: "live-video", name: "Live Video", teamId: other, tier: 1 }, actor);
    await createService({ slug: "refunds", name: "Refunds", teamId, tier: 2, description: "Money back" }, actor);
    expect((await listServices({ team: "streaming" })).map((s) => s.slug)).toEqual(["live-video"]);
    expect((await listServices({ tier: 2 })).map((s) => s.slug)).toEqual(["refunds"]);
    expect((await listServices({ q: "money" })).map((s) => s.slug)).toEqual(["refunds"]);
  });

  it("keeps a team that still owns services, and counts members", async () => {
    expect(await deleteTeam(teamId, actor)).toBe("has_services");
    const user = await createUser({ email: "Eli@Keel.local", name: "Eli", role: "editor", passwordHash: null }, actor);
    expect(user.email).toBe("eli@keel.local");
    expect(await addTeamMember(teamId, user.id, actor)).toBe("added");
    expect(await addTeamMember(teamId, user.id, actor)).toBe("already");
    const payments = (await listTeams()).find((t) => t.slug === "payments")!;
    expect(payments).toMatchObject({ memberCount: 1, serviceCount: 1 });
    await createService({ slug: "ledger-sync", name: "Ledger sync", teamId, tier: 3 }, actor);
    const teams = await listTeams();
    expect(teams.find((t) => t.slug === "payments")).toMatchObject({ memberCount: 1, serviceCount: 2 });
    expect(teams.find((t) => t.slug === "streaming")).toMatchObject({ memberCount: 0, serviceCount: 1 });
  });
});

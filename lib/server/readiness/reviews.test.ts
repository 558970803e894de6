// Reviews through the change functions: who may change an item, stale and rejected writes leave everything as it was,
// automatic results and overrides, sign-off, and the reads the scorecard and the maturity page use.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { findReviewItem, recordCheckResults } from "@/db/queries/readiness-reviews";
import { createService } from "@/db/queries/services";
import { addTeamMember, createTeam } from "@/db/queries/teams";
import { createUser } from "@/db/queries/users";
import type { Caller } from "@/lib/access/caller";
import type { Role } from "@/lib/access/types";
import type { CheckResult } from "@/lib/readiness/types";
import { SYSTEM_ACTOR } from "@/lib/access/types";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { firstApprovedReviewAt, getReview, latestReviewsByService } from "./reads";
import { approveReview, cancelReview, createReview, refreshReviewChecks, updateReviewItem } from "./reviews";
import { ensureDefaultTemplates } from "./templates";

setUpTempDatabase();

const people: Record<string, Caller> = {};
let teamId = 0;
let serviceId = 0;

async function person(key: string, role: Role, teamIds: number[]): Promise<void> {
  const user = await createUser({ email: `${key}@bank.test`, name: key, role, passwordHash: null }, CLI_ACTOR);
  for (const id of teamIds) await addTeamMember(id, user.id, CLI_ACTOR);
  people[key] = { kind: "user", actor: { kind: "user", id: user.id, label: user.email }, userId: user.id, role, teamIds };
}
const idOf = (key: string) => (people[key] as { userId: number }).userId;

beforeAll(async () => {
  await ensureDefaultTemplates();
  const banking = await createTeam({ slug: "core-banking", name: "Core Banking" }, CLI_ACTOR);
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  teamId = banking.id;
  serviceId = (await createService({ slug: "core-ledger", name: "Core Ledger", teamId: banking.id, tier: 1 }, CLI_ACTOR)).id;
  await person("lead", "editor", [banking.id]);
  await person("reviewer", "editor", [payments.id]);
  await person("assignee", "editor", [payments.id]);
  await person("outsider", "editor", [payments.id]);
  await person("viewer", "viewer", [banking.id]);
  await person("admin", "admin", []);
});

const auditCount = async () => (await listAuditEntries({ limit: 1 })).total;

describe("readiness reviews", () => {
  it("lets the team, the reviewer and the item's assignee change an item; others and viewers get 403 and nothing is written", async () => {
    const review = await createReview({ caller: people.lead!, input: { service: "core-ledger", template: "tier-1", launchDate: "2027-02-01", reviewer: "reviewer@bank.test" } });
    expect(review.items.map((i) => i.position)).toEqual([...Array(14).keys()]);
    expect(review.items[0]).toMatchObject({ itemKey: "slos-defined", categoryName: "Reliability targets", required: true, status: "pending", version: 1, check: { kind: "slo_defined" } });
    const change = (caller: Caller, itemKey: string, input: Parameters<typeof updateReviewItem>[0]["input"]) => updateReviewItem({ caller, reviewId: review.id, itemKey, input });

    const assigned = await change(people.lead!, "dashboards", { version: 1, assignee: idOf("assignee") });
    expect(assigned).toMatchObject({ outcome: "saved", item: { assigneeId: idOf("assignee"), version: 2 } });
    expect(await change(people.assignee!, "dashboards", { version: 2, status: "pass" })).toMatchObject({ outcome: "saved", item: { status: "pass", version: 3 } });
    expect(await change(people.reviewer!, "dashboards", { version: 3, comment: "Add the queue depth panel" })).toMatchObject({ outcome: "saved", item: { comment: "Add the queue depth panel", version: 4 } });

    const before = await auditCount();
    const stored = await findReviewItem(review.id, "dashboards");
    await expect(change(people.outsider!, "dashboards", { version: 4, status: "fail" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(change(people.viewer!, "dashboards", { version: 4, status: "fail" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(change(people.assignee!, "runbooks", { version: 1, status: "pass" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(change(people.lead!, "capacity-plan", { version: 1, status: "pass" })).rejects.toMatchObject({ code: "invalid", field: "evidenceUrl" });
    await expect(change(people.lead!, "dashboards", { version: 4, assignee: 9999 })).rejects.toMatchObject({ code: "invalid", field: "assignee" });
    expect(await change(people.lead!, "dashboards", { version: 3, status: "fail" })).toMatchObject({ outcome: "stale", item: { status: "pass", version: 4 } });
    expect(await findReviewItem(review.id, "dashboards")).toEqual(stored);
    expect(await auditCount()).toBe(before);
  });

  it("takes automatic results unless overridden, and approves only without blockers", async () => {
    const review = await createReview({ caller: people.admin!, input: { service: "core-ledger", template: "tier-1", launchDate: "2027-03-01", reviewer: idOf("reviewer") } });
    const at = new Date("2026-11-30T10:00:00Z");
    const drill: CheckResult = { status: "fail", message: "Last drill 240 days ago (limit 6 months)", evidence: [{ label: "Drill #3", href: "/drills/3" }] };
    const slos: CheckResult = { status: "pass", message: "2 SLOs", evidence: [] };
    expect(await recordCheckResults(review.id, new Map([["load-failure-testing", drill], ["slos-defined", slos], ["dashboards", slos]]), at, SYSTEM_ACTOR)).toBe(2);
    expect(await findReviewItem(review.id, "dashboards")).toMatchObject({ status: "pending", checkResult: null, version: 1 });
    expect(await findReviewItem(review.id, "load-failure-testing")).toMatchObject({ status: "fail", checkResult: drill, checkedAt: at, version: 2 });
    // The same results again change nothing (no version bump).
    expect(await recordCheckResults(review.id, new Map([["load-failure-testing", drill]]), new Date(at.getTime() + 60_000), SYSTEM_ACTOR)).toBe(0);
    expect(await findReviewItem(review.id, "load-failure-testing")).toMatchObject({ version: 2, checkedAt: new Date(at.getTime() + 60_000) });

    await expect(updateReviewItem({ caller: people.lead!, reviewId: review.id, itemKey: "load-failure-testing", input: { version: 2, status: "pass" } })).rejects.toMatchObject({ field: "overrideReason" });
    const overridden = await updateReviewItem({ caller: people.lead!, reviewId: review.id, itemKey: "load-failure-testing", input: { version: 2, status: "pass", overrideReason: "Game day ran in the vendor's staging, recorded outside Keel" } });
    expect(overridden).toMatchObject({ outcome: "saved", item: { status: "pass", overrideReason: "Game day ran in the vendor's staging, recorded outside Keel" } });
    // A later failing result leaves the person's status.
    await recordCheckResults(review.id, new Map([["load-failure-testing", { ...drill, message: "Last drill 241 days ago (limit 6 months)" }]]), at, SYSTEM_ACTOR);
    expect(await findReviewItem(review.id, "load-failure-testing")).toMatchObject({ status: "pass", version: 4 });

    const blocked = await approveReview({ caller: people.reviewer!, reviewId: review.id }).catch((e: unknown) => e);
    expect(blocked).toMatchObject({ code: "conflict", blockers: expect.any(Array) });
    expect((blocked as { blockers: unknown[] }).blockers).toHaveLength(12);
    expect((await getReview(review.id)).status).toBe("in_review");
    await expect(approveReview({ caller: people.lead!, reviewId: review.id })).rejects.toMatchObject({ code: "forbidden" });

    for (const item of (await getReview(review.id)).items) {
      if (item.status === "pass") continue;
      await updateReviewItem({ caller: people.lead!, reviewId: review.id, itemKey: item.itemKey, input: { version: item.version, status: "pass", evidenceUrl: item.evidenceRequired ? `https://evidence.bank.test/${item.itemKey}` : undefined } });
    }
    const approvedAt = Date.parse("2026-12-01T09:00:00Z");
    const approved = await approveReview({ caller: people.reviewer!, reviewId: review.id, nowMs: approvedAt });
    expect([approved.status, approved.approvedAt?.getTime(), approved.approvedBy?.name, approved.progress.share, approved.blockers]).toEqual(["approved", approvedAt, "reviewer", 1, []]);
    // Opening an approved review leaves it as signed.
    expect((await refreshReviewChecks(review.id, approvedAt + 1)).items).toEqual(approved.items);
    expect(await firstApprovedReviewAt(teamId)).toEqual(new Date(approvedAt));

    const latest = await latestReviewsByService();
    expect([latest.get(serviceId)?.id, latest.get(serviceId)?.status]).toEqual([review.id, "approved"]);
    const later = await createReview({ caller: people.lead!, input: { service: "core-ledger", template: "tier-1", launchDate: "2027-06-01" } });
    await cancelReview({ caller: people.lead!, reviewId: later.id });
    expect((await latestReviewsByService()).get(serviceId)?.id).toBe(review.id);
    await expect(cancelReview({ caller: people.lead!, reviewId: later.id })).rejects.toMatchObject({ code: "conflict" });
  });
});

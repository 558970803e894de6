// Set-up the readiness journeys share: a template of their own (admin API) and a fresh service of core-banking, so no
// other journey's clicks or the demo's reviews move what they assert.
import { expect, type APIRequestContext } from "@playwright/test";

export type JourneyItem = { key: string; text: string; required?: boolean; evidenceRequired?: boolean };

/** Creates a template with one category of the given items through the API (as an admin); returns its name. */
export async function createJourneyTemplate(admin: APIRequestContext, slug: string, items: JourneyItem[]): Promise<string> {
  const name = `Journey ${slug}`;
  const response = await admin.post("/api/v1/readiness/templates", {
    data: {
      slug,
      name,
      description: "A checklist one journey owns.",
      tier: null,
      note: "First version",
      content: {
        categories: [
          {
            key: "launch-basics",
            name: "Launch basics",
            items: items.map((item) => ({ key: item.key, text: item.text, guidance: `Check **${item.text.toLowerCase()}**; see [the guide](https://example.com/prr).`, required: item.required ?? true, evidenceRequired: item.evidenceRequired ?? false, check: null })),
          },
        ],
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return name;
}

/** A new Tier 2 service of core-banking (the manager is an editor there); returns its name. */
export async function createCoreBankingService(api: APIRequestContext, slug: string): Promise<string> {
  const name = `Ledger ${slug}`;
  const response = await api.post("/api/v1/services", { data: { slug, name, team: "core-banking", tier: 2 } });
  expect(response.status(), await response.text()).toBe(201);
  return name;
}

/** Starts a review through the API; returns its id. */
export async function startReview(api: APIRequestContext, data: { service: string; template: string; launchDate: string; reviewer?: string }): Promise<number> {
  const response = await api.post("/api/v1/readiness/reviews", { data });
  expect(response.status(), await response.text()).toBe(201);
  const body = await response.json();
  return (body.review?.id ?? body.id) as number;
}

/** A launch date a few weeks out, different per run. */
export function launchDate(): string {
  return new Date(Date.now() + (30 + Math.floor(Math.random() * 300)) * 86_400_000).toISOString().slice(0, 10);
}

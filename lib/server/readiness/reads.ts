// What the readiness pages, the API and the scorecard read: templates with their versions, reviews with their items,
// progress and sign-off blockers.
import "server-only";
import { findReviewById, firstApprovalOfTeam, latestReviewPerService, listReviewRecords, type ReviewFilter, type ReviewRecord } from "@/db/queries/readiness-reviews";
import { findTemplateBySlug, findTemplateVersion, listTemplateRows, listTemplateVersions, type TemplateRow, type TemplateVersionRow, type TemplateVersionSummary } from "@/db/queries/readiness-templates";
import { findServiceBySlug } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import { progress, signOffBlockers, type Blocker, type Progress } from "@/lib/readiness/review-rules";
import type { ReviewListQuery } from "@/lib/readiness/schemas";
import type { TemplateContent } from "@/lib/readiness/types";
import { notFound } from "../errors";

export type TemplateSummary = TemplateRow & { itemCount: number; requiredCount: number };
export type TemplateDetail = TemplateRow & { content: TemplateContent; versions: TemplateVersionSummary[] };
export type ReviewDetail = ReviewRecord & { progress: Progress; blockers: Blocker[] };

const countItems = (content: TemplateContent) => content.categories.reduce((n, c) => n + c.items.length, 0);
const countRequired = (content: TemplateContent) => content.categories.reduce((n, c) => n + c.items.filter((i) => i.required).length, 0);

/** Templates (not archived), strictest tier first, with the size of their current version. */
export async function listTemplates(): Promise<TemplateSummary[]> {
  const rows = await listTemplateRows();
  const summaries: TemplateSummary[] = [];
  for (const row of rows) {
    const content = (await findTemplateVersion(row.id, row.currentVersion))?.content ?? { categories: [] };
    summaries.push({ ...row, itemCount: countItems(content), requiredCount: countRequired(content) });
  }
  return summaries;
}

/** A template's current content and its versions, newest first (404 for an unknown slug). */
export async function getTemplate(slug: string): Promise<TemplateDetail> {
  const row = await findTemplateBySlug(slug);
  if (!row) throw notFound(`No readiness template with slug "${slug}"`);
  const current = await findTemplateVersion(row.id, row.currentVersion);
  return { ...row, content: current?.content ?? { categories: [] }, versions: await listTemplateVersions(row.id) };
}

/** One version of a template, old ones included (404 when either is unknown). */
export async function getTemplateVersion(slug: string, version: number): Promise<TemplateVersionRow & { template: TemplateRow }> {
  const row = await findTemplateBySlug(slug);
  if (!row) throw notFound(`No readiness template with slug "${slug}"`);
  const found = await findTemplateVersion(row.id, version);
  if (!found) throw notFound(`Template "${slug}" has no version ${version}`);
  return { ...found, template: row };
}

export function withProgress(review: ReviewRecord): ReviewDetail {
  return { ...review, progress: progress(review.items), blockers: signOffBlockers(review.items) };
}

/** Reviews, newest first, filtered by service or team slug (404 for an unknown one) and status. */
export async function listReviews(filters: ReviewListQuery = {}): Promise<ReviewDetail[]> {
  const filter: ReviewFilter = { status: filters.status };
  if (filters.service) {
    const service = await findServiceBySlug(filters.service);
    if (!service) throw notFound(`No service with slug "${filters.service}"`);
    filter.serviceId = service.id;
  }
  if (filters.team) {
    const team = await findTeamBySlug(filters.team);
    if (!team) throw notFound(`No team with slug "${filters.team}"`);
    filter.teamId = team.id;
  }
  return (await listReviewRecords(filter)).map(withProgress);
}

/** A review with its items, people, progress and blockers (404 for an unknown id). */
export async function getReview(id: number): Promise<ReviewDetail> {
  const review = await findReviewById(id);
  if (!review) throw notFound(`No readiness review ${id}`);
  return withProgress(review);
}

/** Each service's latest review that was not cancelled (in review or approved), with its items, keyed by service id. */
export async function latestReviewsByService(): Promise<Map<number, ReviewDetail>> {
  const latest = await latestReviewPerService();
  return new Map([...latest].map(([serviceId, review]) => [serviceId, withProgress(review)]));
}

/** When a review of one of the team's services was first approved (null if never): the start of the team's PRR era. */
export async function firstApprovedReviewAt(teamId: number): Promise<Date | null> {
  return firstApprovalOfTeam(teamId);
}

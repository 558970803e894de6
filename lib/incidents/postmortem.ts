// The blameless postmortem: its sections with their prompts, how its status moves, and when an action item is overdue.
import type { ActionItemStatus, PostmortemStatus } from "./types";

export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = { draft: "Draft", in_review: "In review", published: "Published" };
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { open: "Open", in_progress: "In progress", done: "Done", wont_do: "Won't do" };

export type PostmortemSection = "summary" | "impact" | "detection" | "rootCauses" | "contributingFactors" | "wentWell" | "wentWrong" | "gotLucky";

/** The template, in order: each section's heading and a one-line prompt in blameless words. */
export const POSTMORTEM_SECTIONS: readonly { key: PostmortemSection; label: string; prompt: string }[] = [
  { key: "summary", label: "Summary", prompt: "What happened, in two or three sentences a newcomer would understand." },
  { key: "impact", label: "Impact", prompt: "Who and what was affected, for how long, and how it felt from the outside." },
  { key: "detection", label: "Detection", prompt: "How did we find out, and how long after it started? What signal would have told us sooner?" },
  { key: "rootCauses", label: "Root causes", prompt: "What in the system made this possible? Describe conditions, not people." },
  { key: "contributingFactors", label: "Contributing factors", prompt: "What made it more likely, larger or longer: tooling, timing, missing safeguards." },
  { key: "wentWell", label: "What went well", prompt: "What helped us respond: practices, tools and decisions worth keeping." },
  { key: "wentWrong", label: "What went wrong", prompt: "Where the system or process made the response harder. Ask what, not who." },
  { key: "gotLucky", label: "Where we got lucky", prompt: "What kept this from being worse that we cannot count on next time." },
];

/** Why a postmortem may not move from one status to another; null when it may. Draft → in review → published, in review back to draft. */
export function postmortemMoveRefusal(from: PostmortemStatus, to: PostmortemStatus): string | null {
  if (from === to) return null;
  if (from === "published") return "A published postmortem stays published";
  if (from === "draft" && to === "published") return "A draft goes to review before it is published";
  return null;
}

const CLOSED: readonly ActionItemStatus[] = ["done", "wont_do"];

/** Due before `now` and neither done nor dropped. */
export function isActionItemOverdue(item: { status: ActionItemStatus; dueAt: Date | null }, now: Date): boolean {
  return item.dueAt !== null && item.dueAt.getTime() < now.getTime() && !CLOSED.includes(item.status);
}

/** The completion instant after a status change: stamped when it becomes done, kept while done, cleared otherwise. */
export function completedAtAfter(item: { status: ActionItemStatus; completedAt: Date | null }, next: ActionItemStatus, now: Date): Date | null {
  if (next !== "done") return null;
  return item.status === "done" ? (item.completedAt ?? now) : now;
}

/** An `<input type="date">` value as the instant its day ends (UTC): due that day means overdue after it. */
export function dueDateToInstant(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59Z` : null;
}

// An action item as the lists show it (the action items page, a postmortem, a drill's findings): owner, due day, overdue.
import { isActionItemOverdue } from "../postmortem";
import type { ActionItemPriority, ActionItemStatus } from "../types";

type ActionItemSource = {
  id: number;
  title: string;
  owner: { name: string } | null;
  dueAt: Date | null;
  priority: ActionItemPriority;
  status: ActionItemStatus;
  incidentNumber: number;
  incidentTitle: string;
  isDrill: boolean;
  teamSlug: string | null;
};

export function actionItemView(item: ActionItemSource, now: Date) {
  return {
    id: item.id,
    title: item.title,
    owner: item.owner?.name ?? null,
    // The due day as stored: a due date means the end of that day in UTC.
    dueDate: item.dueAt ? item.dueAt.toISOString().slice(0, 10) : null,
    priority: item.priority,
    status: item.status,
    overdue: isActionItemOverdue(item, now),
    incident: { number: item.incidentNumber, title: item.incidentTitle, isDrill: item.isDrill },
    team: item.teamSlug,
  };
}

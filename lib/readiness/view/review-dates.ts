// When an approved review has to be done again: Keel's default is 12 calendar months after the approval, counted in UTC.
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";

export const RE_REVIEW_MONTHS = 12;

export function reReviewDueAt(approvedAt: Date, months: number = RE_REVIEW_MONTHS): Date {
  return new Date(addMonths(new TZDate(approvedAt.getTime(), "UTC"), months).getTime());
}

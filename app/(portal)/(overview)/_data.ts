// The overview's reads, memoised per request: the live health and the review list share one evaluation of every SLO.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { listServices } from "@/db/queries/services";
import { listSloStatuses } from "@/db/queries/slo-status";

// One instant for every section, so the "due" list and the live figures describe the same moment.
export const pageNow = cache(() => nowMs());

export const loadStatuses = cache(() => listSloStatuses(pageNow()));

export const loadServices = cache(() => listServices());

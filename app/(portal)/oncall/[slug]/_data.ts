// The schedule this page is about, read once per request however many sections ask.
import "server-only";
import { cache } from "react";
import { findScheduleBySlug } from "@/db/queries/oncall";

export const loadSchedule = cache(async (slug: string) => findScheduleBySlug(slug));

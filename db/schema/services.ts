// Services: the things that have owners, tiers, SLOs, incidents, reviews and costs.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { teams } from "./auth";

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export const services = sqliteTable(
  "services",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "restrict" }),
    tier: integer("tier").$type<Tier>().notNull(),
    description: text("description").notNull().default(""),
    repoUrl: text("repo_url"),
    dashboardUrl: text("dashboard_url"),
    runbookUrl: text("runbook_url"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    uniqueIndex("services_slug_unique").on(t.slug),
    index("services_team_idx").on(t.teamId),
    check("services_tier_check", sql`${t.tier} in (1, 2, 3)`),
  ],
);

export type Service = typeof services.$inferSelect;

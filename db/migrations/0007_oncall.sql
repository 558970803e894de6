CREATE TABLE `escalation_levels` (
	`team_id` integer NOT NULL,
	`position` integer NOT NULL,
	`delay_minutes` integer NOT NULL,
	`target_schedule_id` integer,
	`target_user_id` integer,
	PRIMARY KEY(`team_id`, `position`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_schedule_id`) REFERENCES `oncall_schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "escalation_levels_target_check" CHECK(("escalation_levels"."target_schedule_id" is null) <> ("escalation_levels"."target_user_id" is null))
);
--> statement-breakpoint
CREATE TABLE `oncall_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`from_at` integer NOT NULL,
	`until_at` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `oncall_schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "oncall_overrides_range_check" CHECK("oncall_overrides"."until_at" > "oncall_overrides"."from_at")
);
--> statement-breakpoint
CREATE INDEX `oncall_overrides_schedule_idx` ON `oncall_overrides` (`schedule_id`,`until_at`);--> statement-breakpoint
CREATE TABLE `oncall_participants` (
	`schedule_id` integer NOT NULL,
	`position` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`schedule_id`, `position`),
	FOREIGN KEY (`schedule_id`) REFERENCES `oncall_schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `oncall_participants_user_idx` ON `oncall_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `oncall_schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`team_id` integer NOT NULL,
	`name` text NOT NULL,
	`time_zone` text NOT NULL,
	`rotation` text NOT NULL,
	`handoff_time` text NOT NULL,
	`handoff_weekday` integer DEFAULT 1 NOT NULL,
	`start_date` text NOT NULL,
	`feed_token` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "oncall_schedules_weekday_check" CHECK("oncall_schedules"."handoff_weekday" between 1 and 7)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `oncall_schedules_slug_unique` ON `oncall_schedules` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `oncall_schedules_feed_token_unique` ON `oncall_schedules` (`feed_token`);--> statement-breakpoint
CREATE INDEX `oncall_schedules_team_idx` ON `oncall_schedules` (`team_id`);
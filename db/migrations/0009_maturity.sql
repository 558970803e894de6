CREATE TABLE `maturity_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`quarter` text NOT NULL,
	`answers` text NOT NULL,
	`stage` integer NOT NULL,
	`assessed_by_id` integer,
	`assessed_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `maturity_assessments_team_quarter_unique` ON `maturity_assessments` (`team_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `toil_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`task` text NOT NULL,
	`hours_per_week` real NOT NULL,
	`logged_at` integer NOT NULL,
	`automated_at` integer,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `toil_entries_team_idx` ON `toil_entries` (`team_id`,`logged_at`);
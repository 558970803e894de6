CREATE TABLE `cost_budgets` (
	`team_id` integer PRIMARY KEY NOT NULL,
	`monthly_nanos` integer NOT NULL,
	`currency` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cost_import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`file_name` text,
	`status` text DEFAULT 'imported' NOT NULL,
	`rows_imported` integer NOT NULL,
	`rows_skipped` integer NOT NULL,
	`total_nanos` integer NOT NULL,
	`currency` text NOT NULL,
	`created_by_id` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`undone_at` integer,
	`undone_by` text,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `cost_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` text NOT NULL,
	`row_hash` text NOT NULL,
	`month` text NOT NULL,
	`period_kind` text NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`team` text NOT NULL,
	`service` text NOT NULL,
	`signal` text NOT NULL,
	`cost_type` text NOT NULL,
	`tool` text NOT NULL,
	`provider` text NOT NULL,
	`environment` text NOT NULL,
	`usage_quantity` real,
	`usage_unit` text,
	`retention_days` integer,
	`cost_nanos` integer NOT NULL,
	`currency` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `cost_import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cost_records_row_hash_unique` ON `cost_records` (`row_hash`);--> statement-breakpoint
CREATE INDEX `cost_records_month_team_idx` ON `cost_records` (`month`,`team`);--> statement-breakpoint
CREATE INDEX `cost_records_team_month_idx` ON `cost_records` (`team`,`month`);--> statement-breakpoint
CREATE INDEX `cost_records_service_month_idx` ON `cost_records` (`service`,`month`);--> statement-breakpoint
CREATE INDEX `cost_records_batch_idx` ON `cost_records` (`batch_id`);--> statement-breakpoint
CREATE TABLE `cost_scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`levers` text NOT NULL,
	`prices` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cost_scenarios_name_unique` ON `cost_scenarios` (`name`);--> statement-breakpoint
CREATE TABLE `cost_traffic` (
	`service_id` integer NOT NULL,
	`month` text NOT NULL,
	`requests` integer NOT NULL,
	PRIMARY KEY(`service_id`, `month`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);

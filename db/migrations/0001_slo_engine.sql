CREATE TABLE `alert_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slo_id` integer NOT NULL,
	`severity` text NOT NULL,
	`long_window` text NOT NULL,
	`short_window` text NOT NULL,
	`threshold` real NOT NULL,
	`fired_at` integer NOT NULL,
	`resolved_at` integer,
	`peak_burn_rate` real NOT NULL,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_events_slo_fired_idx` ON `alert_events` (`slo_id`,`fired_at`);--> statement-breakpoint
CREATE INDEX `alert_events_open_idx` ON `alert_events` (`resolved_at`);--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`version` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deployments_service_at_idx` ON `deployments` (`service_id`,`at`);--> statement-breakpoint
CREATE TABLE `gate_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`reason` text NOT NULL,
	`granted_by_id` integer,
	`granted_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`granted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gate_exceptions_service_idx` ON `gate_exceptions` (`service_id`,`expires_at`);--> statement-breakpoint
CREATE TABLE `policy_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slo_id` integer NOT NULL,
	`at` integer NOT NULL,
	`from_state` text NOT NULL,
	`to_state` text NOT NULL,
	`reasons` text NOT NULL,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `policy_events_slo_at_idx` ON `policy_events` (`slo_id`,`at`);--> statement-breakpoint
CREATE TABLE `sli_minutes` (
	`slo_id` integer NOT NULL,
	`minute` integer NOT NULL,
	`good` integer NOT NULL,
	`total` integer NOT NULL,
	`cum_good` integer NOT NULL,
	`cum_total` integer NOT NULL,
	`cum_slices` integer NOT NULL,
	`cum_good_slices` integer NOT NULL,
	`cum_ratio_sum` real NOT NULL,
	PRIMARY KEY(`slo_id`, `minute`),
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `slo_states` (
	`slo_id` integer PRIMARY KEY NOT NULL,
	`policy_state` text NOT NULL,
	`evaluated_at` integer NOT NULL,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `slos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`service_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sli_kind` text NOT NULL,
	`latency_threshold_ms` integer,
	`target` real NOT NULL,
	`window_kind` text NOT NULL,
	`window_days` integer,
	`calendar_unit` text,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`budgeting_method` text NOT NULL,
	`timeslice_target` real,
	`segment` text,
	`alert_windows` text,
	`policy` text,
	`source` text NOT NULL,
	`review_cadence_days` integer DEFAULT 90 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "slos_target_check" CHECK("slos"."target" > 0 and "slos"."target" < 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slos_slug_unique` ON `slos` (`slug`);--> statement-breakpoint
CREATE INDEX `slos_service_idx` ON `slos` (`service_id`);
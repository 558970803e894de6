CREATE TABLE `sli_data_gaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slo_id` integer NOT NULL,
	`last_data_at` integer,
	`detected_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sli_data_gaps_slo_idx` ON `sli_data_gaps` (`slo_id`,`detected_at`);--> statement-breakpoint
CREATE INDEX `sli_data_gaps_open_idx` ON `sli_data_gaps` (`resolved_at`);--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `team_ids` text;--> statement-breakpoint
ALTER TABLE `users` ADD `sessions_valid_after` integer;--> statement-breakpoint
ALTER TABLE `slos` ADD `stale_after_minutes` integer DEFAULT 15;
CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` integer NOT NULL,
	`title` text NOT NULL,
	`owner_id` integer,
	`due_at` integer,
	`priority` text DEFAULT 'P2' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `action_items_incident_idx` ON `action_items` (`incident_id`);--> statement-breakpoint
CREATE INDEX `action_items_open_due_idx` ON `action_items` (`status`,`due_at`);--> statement-breakpoint
CREATE TABLE `drills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`title` text NOT NULL,
	`scenario` text NOT NULL,
	`hypothesis` text DEFAULT '' NOT NULL,
	`scheduled_at` integer NOT NULL,
	`participant_ids` text DEFAULT '[]' NOT NULL,
	`runbook_id` integer,
	`status` text DEFAULT 'planned' NOT NULL,
	`incident_id` integer,
	`fault_injected_at` integer,
	`detected_at` integer,
	`runbook_followed` text,
	`runbook_note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`runbook_id`) REFERENCES `runbooks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `drills_service_idx` ON `drills` (`service_id`,`scheduled_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `drills_incident_unique` ON `drills` (`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_services` (
	`incident_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`incident_id`, `service_id`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_services_service_idx` ON `incident_services` (`service_id`,`incident_id`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`severity` text NOT NULL,
	`status` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`customer_impact` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`source` text NOT NULL,
	`is_drill` integer DEFAULT false NOT NULL,
	`team_id` integer,
	`started_at` integer NOT NULL,
	`acknowledged_at` integer,
	`investigating_at` integer,
	`mitigated_at` integer,
	`resolved_at` integer,
	`closed_at` integer,
	`escalated_at` integer,
	`response_overdue_at` integer,
	`resolution_overdue_at` integer,
	`assignee_id` integer,
	`commander_id` integer,
	`communications_id` integer,
	`scribe_id` integer,
	`slo_id` integer,
	`alert_group_key` text,
	`is_human_touched` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`commander_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`communications_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`scribe_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_number_unique` ON `incidents` (`number`);--> statement-breakpoint
CREATE INDEX `incidents_drill_started_idx` ON `incidents` (`is_drill`,`started_at`);--> statement-breakpoint
CREATE INDEX `incidents_status_idx` ON `incidents` (`status`);--> statement-breakpoint
CREATE INDEX `incidents_team_idx` ON `incidents` (`team_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `incidents_group_key_idx` ON `incidents` (`alert_group_key`);--> statement-breakpoint
CREATE INDEX `incidents_slo_idx` ON `incidents` (`slo_id`);--> statement-breakpoint
CREATE TABLE `notification_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`webhook_id` integer NOT NULL,
	`incident_id` integer,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_status_code` integer,
	`last_error` text,
	`delivered_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`webhook_id`) REFERENCES `notification_webhooks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notification_deliveries_due_idx` ON `notification_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notification_deliveries_webhook_idx` ON `notification_deliveries` (`webhook_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `notification_webhooks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`format` text NOT NULL,
	`events` text NOT NULL,
	`team_id` integer,
	`is_enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `postmortems` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`users_affected` text DEFAULT '' NOT NULL,
	`impact` text DEFAULT '' NOT NULL,
	`detection` text DEFAULT '' NOT NULL,
	`root_causes` text DEFAULT '' NOT NULL,
	`contributing_factors` text DEFAULT '' NOT NULL,
	`went_well` text DEFAULT '' NOT NULL,
	`went_wrong` text DEFAULT '' NOT NULL,
	`got_lucky` text DEFAULT '' NOT NULL,
	`author_id` integer,
	`published_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postmortems_incident_unique` ON `postmortems` (`incident_id`);--> statement-breakpoint
CREATE TABLE `runbooks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`body` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runbooks_service_slug_unique` ON `runbooks` (`service_id`,`slug`);--> statement-breakpoint
CREATE TABLE `incident_timeline` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` integer NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`actor_label` text NOT NULL,
	`edited_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_timeline_incident_at_idx` ON `incident_timeline` (`incident_id`,`at`);--> statement-breakpoint
ALTER TABLE `slos` ADD `incident_on_page` text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE `slos` ADD `incident_on_stale` integer DEFAULT false NOT NULL;
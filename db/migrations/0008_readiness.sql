CREATE TABLE `readiness_review_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`position` integer NOT NULL,
	`category_key` text NOT NULL,
	`category_name` text NOT NULL,
	`item_key` text NOT NULL,
	`text` text NOT NULL,
	`guidance` text DEFAULT '' NOT NULL,
	`required` integer NOT NULL,
	`evidence_required` integer DEFAULT false NOT NULL,
	`check` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`justification` text DEFAULT '' NOT NULL,
	`evidence_url` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`assignee_id` integer,
	`check_result` text,
	`checked_at` integer,
	`override_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `readiness_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_review_items_unique` ON `readiness_review_items` (`review_id`,`item_key`);--> statement-breakpoint
CREATE TABLE `readiness_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`template_version_id` integer NOT NULL,
	`status` text DEFAULT 'in_review' NOT NULL,
	`launch_date` text,
	`due_date` text,
	`reviewer_id` integer,
	`created_by_id` integer,
	`approved_at` integer,
	`approved_by_id` integer,
	`cancelled_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_version_id`) REFERENCES `readiness_template_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`approved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `readiness_reviews_service_idx` ON `readiness_reviews` (`service_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `readiness_reviews_status_idx` ON `readiness_reviews` (`status`);--> statement-breakpoint
CREATE TABLE `readiness_template_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `readiness_templates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_template_versions_unique` ON `readiness_template_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `readiness_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`tier` integer,
	`current_version` integer DEFAULT 1 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_templates_slug_unique` ON `readiness_templates` (`slug`);
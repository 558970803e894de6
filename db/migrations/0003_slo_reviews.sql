CREATE TABLE `slo_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slo_id` integer NOT NULL,
	`reviewed_at` integer NOT NULL,
	`reviewer_id` integer,
	`reviewer` text NOT NULL,
	`decision` text NOT NULL,
	`previous_target` real NOT NULL,
	`new_target` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`slo_id`) REFERENCES `slos`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `slo_reviews_slo_idx` ON `slo_reviews` (`slo_id`,`reviewed_at`);
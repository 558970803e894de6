CREATE TABLE `incident_alerts` (
	`incident_id` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`status` text NOT NULL,
	`starts_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`incident_id`, `fingerprint`, `status`, `starts_at`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);

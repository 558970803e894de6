-- Custom migration: drizzle-kit cannot declare WITHOUT ROWID. Minute data is read by primary-key seeks
-- only; a WITHOUT ROWID table keeps each row in the key's own B-tree, halving lookups and saving the rowid.
CREATE TABLE `__new_sli_minutes` (
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
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_sli_minutes` SELECT `slo_id`, `minute`, `good`, `total`, `cum_good`, `cum_total`, `cum_slices`, `cum_good_slices`, `cum_ratio_sum` FROM `sli_minutes`;
--> statement-breakpoint
DROP TABLE `sli_minutes`;
--> statement-breakpoint
ALTER TABLE `__new_sli_minutes` RENAME TO `sli_minutes`;

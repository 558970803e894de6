-- Every read of cost_records by month, team or service uses cost_records_showback_idx (0011), which starts with month and
-- covers the columns the sums read. These three only cost each imported line three more B-tree inserts.
DROP INDEX `cost_records_month_team_idx`;--> statement-breakpoint
DROP INDEX `cost_records_team_month_idx`;--> statement-breakpoint
DROP INDEX `cost_records_service_month_idx`;
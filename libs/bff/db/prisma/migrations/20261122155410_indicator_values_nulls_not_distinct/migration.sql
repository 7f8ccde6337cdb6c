-- Hand-written: Prisma cannot express NULLS NOT DISTINCT.
-- daily_indicator_values holds county-level rows (service_area_id and municipality_code both
-- NULL) and area-level rows (municipality_code NULL). A plain unique index treats NULLs as
-- distinct and so would accept any number of duplicates of those rows. NULLS NOT DISTINCT
-- (PostgreSQL 15+, PGlite included) makes the index reject them, and lets
-- INSERT ... ON CONFLICT (indicator_id, day, service_area_id, municipality_code) upsert them.
-- The index keeps the name and columns of the schema's @@unique, and Prisma's diff does not read
-- the NULLS flag, so the drift check stays clean.
DROP INDEX "daily_indicator_values_key";
CREATE UNIQUE INDEX "daily_indicator_values_key" ON "daily_indicator_values"("indicator_id", "day", "service_area_id", "municipality_code") NULLS NOT DISTINCT;

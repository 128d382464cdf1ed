-- How the stored Item JSON is kept. A typical STAC Item is 2-4 KB, just over the size (about 2 KB)
-- at which PostgreSQL would compress the row and move the JSON out of line into the TOAST table:
-- a search returning 100 full Items would then read a TOAST index and TOAST pages for each one.
-- Rows up to 8 KB now stay whole and uncompressed in their heap page (toast_tuple_target), so a
-- search reads one page per Item; larger Items are still moved out, compressed with lz4 (faster than
-- the default pglz both ways). Costs disk (about 1.3x for typical Items). Measured with
-- scripts/bench-ingest (README, "Imagery metadata").
ALTER TABLE scene SET (toast_tuple_target = 8160);
ALTER TABLE scene ALTER COLUMN item SET COMPRESSION lz4;
ALTER TABLE scene_previous ALTER COLUMN item SET COMPRESSION lz4;

-- V004's facility_search_text called sightline_fold without a schema. Code that runs with an
-- empty search_path could not find it: autovacuum failed to ANALYZE facility every minute
-- ("function sightline_fold(text) does not exist"), and pg_restore, which restores with an empty
-- search_path, failed to build the facility_search_trgm index (exit status 1, index missing).
-- The body now names the schema. It stays a plain SQL function without SET search_path, so the
-- planner still inlines it and queries keep matching the index expression. The result is unchanged,
-- so the index needs no rebuild.
--
-- The other functions of V001-V009 need nothing: audit_append and audit_row_change set their
-- search_path, and audit_canonical_text, refuse_change and sightline_fold call only pg_catalog,
-- which is searched whatever search_path says. Constraints, defaults and index expressions are
-- stored parsed, so pg_dump writes them schema-qualified. DumpRestoreTest keeps it so.
CREATE OR REPLACE FUNCTION facility_search_text(name text, name_ko text, name_mr text, name_rr text, aliases text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.sightline_fold(coalesce(name, '') || ' | ' || coalesce(name_ko, '') || ' | ' || coalesce(name_mr, '')
                               || ' | ' || coalesce(name_rr, '') || ' | ' || coalesce(array_to_string(aliases, ' | '), ''))
$$;

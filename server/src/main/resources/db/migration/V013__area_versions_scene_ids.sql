-- (V013) Boundary and zone versions carry a record version, as facilities do, so that ending one (setting
-- valid_to) or deleting one names the version it read (ETag, If-Match) and a concurrent change is
-- detected (412). The audit trigger keeps every state in record_version.
ALTER TABLE facility_boundary ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);
ALTER TABLE zone ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);

-- A digitized area names the scene it was drawn on; the scene must be in the catalogue, looked up by
-- its id in any collection.
CREATE INDEX scene_id ON scene (id);

-- Publishers Sightline cites (HRNK, Wikipedia, NKPD, NKDB, ...).
CREATE TABLE source (
  id        text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
  publisher text NOT NULL CHECK (btrim(publisher) <> ''),
  title     text NOT NULL CHECK (btrim(title) <> ''),
  url       text,
  licence   text NOT NULL,
  via       text
);

-- A detention site. location is where it is drawn: a point, or a (multi)polygon once a boundary
-- is known. EPSG:4326, longitude/latitude. The codes in the CHECKs are FacilityType and
-- FacilityStatus codes (geodata); FacilityDaoTest inserts every one of them.
-- Distribution key for a future Citus cluster: id.
CREATE TABLE facility (
  id            text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
  name          text NOT NULL CHECK (btrim(name) <> ''),
  name_ko       text CHECK (name_ko IS NULL OR name_ko IS NFC NORMALIZED),
  aliases       text[] NOT NULL DEFAULT '{}',
  facility_type text NOT NULL CHECK (facility_type IN
                  ('kwanliso', 'kyohwaso', 'jipkyulso', 'rodong-danryondae', 'kuryujang', 'other')),
  status        text NOT NULL CHECK (status IN ('operational', 'reduced', 'closed', 'unconfirmed')),
  province      text,
  location      geometry(Geometry, 4326) NOT NULL
                  CHECK (ST_IsValid(location) AND NOT ST_IsEmpty(location)
                         AND GeometryType(location) IN ('POINT', 'POLYGON', 'MULTIPOLYGON')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX facility_location_gix ON facility USING gist (location);

-- Where each source places a facility. Sources disagree (Camp 16: 10.5 km); every point is kept.
-- The primary key leads with facility_id, which is also the distribution key: no cross-shard joins.
CREATE TABLE facility_sourced_location (
  facility_id       text NOT NULL REFERENCES facility (id),
  source_id         text NOT NULL REFERENCES source (id),
  record_id         text NOT NULL CHECK (btrim(record_id) <> ''),
  name_as_published text NOT NULL,
  location          geometry(Point, 4326) NOT NULL CHECK (ST_IsValid(location)),
  url               text,
  is_primary        boolean NOT NULL DEFAULT false,
  note              text,
  PRIMARY KEY (facility_id, source_id, record_id)
);

-- At most one primary location per facility.
CREATE UNIQUE INDEX facility_sourced_location_one_primary
  ON facility_sourced_location (facility_id) WHERE is_primary;

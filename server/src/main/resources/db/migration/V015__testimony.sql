-- Testimony and corroboration (issue 12): the organisations that contribute, witnesses known only by a
-- pseudonymous code (their identifying details sealed in witness_identity), testimonies, documentary
-- sources with their lineage, claims with uncertain time and places, and what is derived from them:
-- claim-facility links, likely duplicates, and corroborated events.
--
-- Evidence (organisation, witness, witness_identity, testimony, testimony_evidence, document_source,
-- claim, claim_place) follows the registry's rules: audited per row, history in record_version (the
-- sealed ciphertext and the fingerprints are kept out of it), soft deletes with a reason, a version for
-- If-Match. Derived rows (witness_fingerprint, claim_link, corroborated_event, event_member) are
-- recomputed, and rows no longer derived are marked superseded (superseded_at), never deleted.
-- Decisions on proposals (witness_merge_proposal, claim_duplicate) are audited.
--
-- Every witness, testimony, claim and document names its originating organisation and the sharing
-- restriction that organisation set: staff-only, corroboration-only (counts, never shown), shareable.

CREATE TABLE organisation (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
  name        text NOT NULL CHECK (btrim(name) <> '' AND name !~ '[[:cntrl:]]' AND length(name) <= 200),
  name_ko     text CHECK (name_ko IS NULL OR (name_ko IS NFC NORMALIZED AND name_ko !~ '[[:cntrl:]]')),
  synthetic   boolean NOT NULL DEFAULT false,
  version     integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL
);

CREATE TABLE witness (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code               text NOT NULL UNIQUE CHECK (code ~ '^W-[0-9A-HJKMNP-TV-Z]{6}$'),  -- random Crockford base32: says nothing of order or count
  organisation_id    text NOT NULL REFERENCES organisation (id),
  sharing            text NOT NULL CHECK (sharing IN ('staff-only', 'corroboration-only', 'shareable')),
  gender             text NOT NULL CHECK (gender IN ('female', 'male', 'other', 'undisclosed')),
  birth_decade       smallint CHECK (birth_decade IS NULL OR (birth_decade % 10 = 0 AND birth_decade BETWEEN 1900 AND 2020)),
  province_of_origin text NOT NULL CHECK (province_of_origin IN ('pyongyang', 'rason', 'nampo', 'south-pyongan',
                       'north-pyongan', 'chagang', 'south-hwanghae', 'north-hwanghae', 'kangwon', 'south-hamgyong',
                       'north-hamgyong', 'ryanggang', 'kaesong', 'outside-dprk', 'unknown')),
  relations          text[] NOT NULL DEFAULT '{}'
                       CHECK (relations <@ ARRAY['former-prisoner', 'guard', 'relative', 'resident', 'other']::text[]),
  notes              text CHECK (notes IS NULL OR notes !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'),
  -- When an investigator confirmed that this record and another are one person: the surviving record.
  merged_into        bigint REFERENCES witness (id),
  synthetic          boolean NOT NULL DEFAULT false,
  version            integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at         timestamptz NOT NULL,
  created_by         text NOT NULL,
  updated_at         timestamptz,
  updated_by         text,
  deleted_at         timestamptz,
  deleted_by         text,
  deletion_reason    text,
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL)),
  CHECK (merged_into IS NULL OR merged_into <> id)
);

-- The sealed identifying details of a witness (name, other names, contacts, exact birth date, photo):
-- Tink AEAD ciphertext with 'witness:<witness_id>' as associated data, so a ciphertext copied to another
-- witness does not decrypt. key_id is the Tink key that sealed it (rotation reports). An edit adds a row
-- and supersedes the previous one; the plaintext never reaches the database.
CREATE TABLE witness_identity (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  witness_id    bigint NOT NULL REFERENCES witness (id),
  sealed        bytea NOT NULL,
  key_id        bigint NOT NULL,
  sealed_at     timestamptz NOT NULL,
  sealed_by     text NOT NULL,
  superseded_at timestamptz
);

CREATE UNIQUE INDEX witness_identity_live ON witness_identity (witness_id) WHERE superseded_at IS NULL;

-- Derived from the sealed details when they are written: keyed hashes (Tink PRF) of normalised details,
-- compared inside the repository only, to find one person recorded by two organisations.
CREATE TABLE witness_fingerprint (
  identity_id   bigint NOT NULL REFERENCES witness_identity (id),
  witness_id    bigint NOT NULL REFERENCES witness (id),
  kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z-]{0,39}$'),
  digest        text NOT NULL CHECK (digest ~ '^[A-Za-z0-9_=-]{16,128}$'),
  strong        boolean NOT NULL,
  superseded_at timestamptz,
  PRIMARY KEY (identity_id, kind, digest)
);

CREATE INDEX witness_fingerprint_digest ON witness_fingerprint (kind, digest) WHERE superseded_at IS NULL;

-- Two witness records that are likely one person (they share a strong fingerprint), for an investigator
-- to confirm (witness_b is merged into witness_a) or dismiss. witness_a < witness_b.
CREATE TABLE witness_merge_proposal (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  witness_a       bigint NOT NULL REFERENCES witness (id),
  witness_b       bigint NOT NULL REFERENCES witness (id),
  matched_kinds   text[] NOT NULL,
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'dismissed')),
  proposed_at     timestamptz NOT NULL,
  decided_at      timestamptz,
  decided_by      text,
  decision_reason text,
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  CHECK (witness_a < witness_b),
  CHECK ((status = 'proposed') = (decided_at IS NULL)),
  UNIQUE (witness_a, witness_b)
);

CREATE TABLE testimony (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  witness_id      bigint NOT NULL REFERENCES witness (id),
  organisation_id text NOT NULL REFERENCES organisation (id),
  sharing         text NOT NULL CHECK (sharing IN ('staff-only', 'corroboration-only', 'shareable')),
  interviewed_on  date NOT NULL,
  interviewer     text NOT NULL CHECK (btrim(interviewer) <> '' AND interviewer !~ '[[:cntrl:]]' AND length(interviewer) <= 200),
  language        text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  consent         text NOT NULL CHECK (consent IN ('none', 'anonymised', 'attributable')),
  source_grade    text NOT NULL CHECK (source_grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
  summary         text CHECK (summary IS NULL OR summary !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'),
  external_ref    text CHECK (external_ref IS NULL OR (btrim(external_ref) <> '' AND external_ref !~ '[[:cntrl:]]')),
  synthetic       boolean NOT NULL DEFAULT false,
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  updated_at      timestamptz,
  updated_by      text,
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

CREATE INDEX testimony_witness ON testimony (witness_id);
CREATE UNIQUE INDEX testimony_external_ref ON testimony (organisation_id, external_ref)
  WHERE external_ref IS NOT NULL AND deleted_at IS NULL;

-- Evidence files (by SHA-256, from the custody store) that a testimony rests on: a recording, a transcript.
CREATE TABLE testimony_evidence (
  testimony_id    bigint NOT NULL REFERENCES testimony (id),
  evidence_sha256 text NOT NULL REFERENCES evidence_item (sha256),
  linked_at       timestamptz NOT NULL,
  linked_by       text NOT NULL,
  unlinked_at     timestamptz,
  unlinked_by     text,
  unlink_reason   text,
  CHECK ((unlinked_at IS NULL) = (unlink_reason IS NULL)),
  PRIMARY KEY (testimony_id, evidence_sha256)
);

-- A documentary source: a report, an article, a dataset. origin_id records lineage: a document that
-- passes on another (the same report quoted by an article) names it, and corroboration counts one
-- source per origin.
CREATE TABLE document_source (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisation (id),
  sharing         text NOT NULL CHECK (sharing IN ('staff-only', 'corroboration-only', 'shareable')),
  kind            text NOT NULL CHECK (kind IN ('report', 'article', 'media', 'dataset', 'other')),
  title           text NOT NULL CHECK (btrim(title) <> '' AND title !~ '[[:cntrl:]]' AND length(title) <= 500),
  url             text CHECK (url IS NULL OR url ~ '^https?://[^[:space:]]+$'),
  published_on    date,
  origin_id       bigint REFERENCES document_source (id),
  source_grade    text NOT NULL CHECK (source_grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
  external_ref    text CHECK (external_ref IS NULL OR (btrim(external_ref) <> '' AND external_ref !~ '[[:cntrl:]]')),
  synthetic       boolean NOT NULL DEFAULT false,
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  updated_at      timestamptz,
  updated_by      text,
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL)),
  CHECK (origin_id IS NULL OR origin_id <> id)
);

CREATE UNIQUE INDEX document_source_external_ref ON document_source (organisation_id, external_ref)
  WHERE external_ref IS NOT NULL AND deleted_at IS NULL;

-- An event described in a testimony or a document. Time: the EDTF as stated or normalised, with its
-- earliest and latest days (either open) and precision, and the witness's own words (time_stated).
CREATE TABLE claim (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  testimony_id          bigint REFERENCES testimony (id),
  document_id           bigint REFERENCES document_source (id),
  organisation_id       text NOT NULL REFERENCES organisation (id),
  sharing               text NOT NULL CHECK (sharing IN ('staff-only', 'corroboration-only', 'shareable')),
  claim_type            text NOT NULL CHECK (claim_type IN ('execution', 'public-execution', 'torture',
                          'death-in-custody', 'forced-labour', 'sexual-violence', 'forced-abortion-or-infanticide',
                          'enforced-disappearance', 'starvation', 'arbitrary-detention', 'forcible-transfer', 'other')),
  description           text NOT NULL CHECK (btrim(description) <> '' AND description !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]'
                                             AND length(description) <= 20000),
  perpetrator_unit      text CHECK (perpetrator_unit IS NULL OR (btrim(perpetrator_unit) <> '' AND perpetrator_unit !~ '[[:cntrl:]]')),
  victims_min           integer CHECK (victims_min IS NULL OR victims_min >= 0),
  victims_max           integer CHECK (victims_max IS NULL OR victims_max >= 0),
  information_grade     text NOT NULL CHECK (information_grade IN ('1', '2', '3', '4', '5', '6')),
  witness_relation      text CHECK (witness_relation IN ('victim', 'eyewitness', 'heard-from-victim', 'hearsay')),
  heard_from_witness_id bigint REFERENCES witness (id),
  heard_from_note       text CHECK (heard_from_note IS NULL OR heard_from_note !~ '[[:cntrl:]]'),
  time_edtf             text NOT NULL CHECK (btrim(time_edtf) <> ''),
  time_earliest         date,
  time_latest           date,
  time_precision        text NOT NULL,
  time_stated           text CHECK (time_stated IS NULL OR time_stated !~ '[[:cntrl:]]'),
  external_ref          text CHECK (external_ref IS NULL OR (btrim(external_ref) <> '' AND external_ref !~ '[[:cntrl:]]')),
  synthetic             boolean NOT NULL DEFAULT false,
  version               integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at            timestamptz NOT NULL,
  created_by            text NOT NULL,
  updated_at            timestamptz,
  updated_by            text,
  deleted_at            timestamptz,
  deleted_by            text,
  deletion_reason       text,
  CHECK ((testimony_id IS NULL) <> (document_id IS NULL)),
  CHECK ((testimony_id IS NULL) = (witness_relation IS NULL)),
  CHECK (heard_from_witness_id IS NULL OR witness_relation IN ('heard-from-victim', 'hearsay')),
  CHECK (victims_min IS NULL OR victims_max IS NULL OR victims_min <= victims_max),
  CHECK (time_earliest IS NULL OR time_latest IS NULL OR time_earliest <= time_latest),
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

CREATE INDEX claim_testimony ON claim (testimony_id) WHERE deleted_at IS NULL;
CREATE INDEX claim_document ON claim (document_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX claim_external_ref ON claim (organisation_id, external_ref)
  WHERE external_ref IS NOT NULL AND deleted_at IS NULL;

-- Where a claim happened: a point with a radius, an area, or somewhere inside a facility (or one of its
-- zones). region is what the place stands for on the ground, resolved when the claim or a boundary
-- changes (a facility's boundary valid during the claim's time; the facility's location with 1 km when it
-- has none).
CREATE TABLE claim_place (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id        bigint NOT NULL REFERENCES claim (id),
  ordinal         smallint NOT NULL CHECK (ordinal >= 0),
  kind            text NOT NULL CHECK (kind IN ('point', 'area', 'facility')),
  geometry        geometry(Geometry, 4326) CHECK (geometry IS NULL OR (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry))),
  radius_m        double precision CHECK (radius_m IS NULL OR radius_m >= 0),
  facility_id     text REFERENCES facility (id),
  zone_key        text,
  description     text CHECK (description IS NULL OR description !~ '[[:cntrl:]]'),
  precision       text NOT NULL,
  region          geometry(Geometry, 4326),
  deleted_at      timestamptz,
  deleted_by      text,
  deletion_reason text,
  CHECK ((kind = 'facility') = (facility_id IS NOT NULL)),
  CHECK ((kind = 'facility') = (geometry IS NULL)),
  CHECK ((kind = 'point') = (radius_m IS NOT NULL)),
  CHECK (zone_key IS NULL OR kind = 'facility'),
  CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL))
);

CREATE INDEX claim_place_claim ON claim_place (claim_id) WHERE deleted_at IS NULL;
CREATE INDEX claim_place_region ON claim_place USING gist (region) WHERE deleted_at IS NULL;
CREATE INDEX claim_place_facility ON claim_place (facility_id) WHERE deleted_at IS NULL;

-- Derived: the facilities (and zones) whose boundary version, valid during the claim's time, intersects
-- the claim's place region; overlap_fraction is the share of the region's area inside it.
CREATE TABLE claim_link (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id         bigint NOT NULL REFERENCES claim (id),
  facility_id      text NOT NULL REFERENCES facility (id),
  boundary_id      bigint REFERENCES facility_boundary (id),
  zone_id          bigint REFERENCES zone (id),
  overlap_fraction double precision NOT NULL CHECK (overlap_fraction >= 0 AND overlap_fraction <= 1.000001),
  computed_at      timestamptz NOT NULL,
  superseded_at    timestamptz,
  CHECK ((boundary_id IS NULL) <> (zone_id IS NULL))
);

CREATE INDEX claim_link_claim ON claim_link (claim_id) WHERE superseded_at IS NULL;
CREATE INDEX claim_link_facility ON claim_link (facility_id) WHERE superseded_at IS NULL;

-- Likely duplicate claims from different testimonies, for an investigator to confirm (one account
-- recorded twice: corroboration counts claim_b's source as claim_a's) or dismiss. claim_a < claim_b.
CREATE TABLE claim_duplicate (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_a         bigint NOT NULL REFERENCES claim (id),
  claim_b         bigint NOT NULL REFERENCES claim (id),
  similarity      double precision NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  reasons         jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'dismissed')),
  proposed_at     timestamptz NOT NULL,
  decided_at      timestamptz,
  decided_by      text,
  decision_reason text,
  superseded_at   timestamptz,
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  CHECK (claim_a < claim_b),
  CHECK ((status = 'proposed') = (decided_at IS NULL)),
  UNIQUE (claim_a, claim_b)
);

-- Derived: events that claims (and structure change events, as imagery evidence) agree on.
-- event_key is stable across recomputation (derived from the smallest member key); explanation holds
-- the members, the matches, the sources counted and not counted, the tolerances and the sensitivity.
CREATE TABLE corroborated_event (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_key           text NOT NULL,
  level               text NOT NULL CHECK (level IN ('single-source', 'corroborated', 'strongly-corroborated')),
  independent_sources integer NOT NULL CHECK (independent_sources >= 1),
  source_kinds        text[] NOT NULL,
  claim_types         text[] NOT NULL,
  time_earliest       date,
  time_latest         date,
  place               geometry(Geometry, 4326) NOT NULL,
  facility_ids        text[] NOT NULL DEFAULT '{}',
  explanation         jsonb NOT NULL,
  synthetic           boolean NOT NULL,
  computed_at         timestamptz NOT NULL,
  superseded_at       timestamptz
);

CREATE UNIQUE INDEX corroborated_event_live ON corroborated_event (event_key) WHERE superseded_at IS NULL;
CREATE INDEX corroborated_event_place ON corroborated_event USING gist (place) WHERE superseded_at IS NULL;

CREATE TABLE event_member (
  event_id          bigint NOT NULL REFERENCES corroborated_event (id),
  member_key        text NOT NULL,
  claim_id          bigint REFERENCES claim (id),
  change_facility   text,
  change_event_key  text,
  PRIMARY KEY (event_id, member_key),
  CHECK ((claim_id IS NULL) <> (change_event_key IS NULL))
);

CREATE INDEX event_member_claim ON event_member (claim_id);

-- The rules the live events were derived with (tolerances, the type table, the server's rules
-- version), as a fingerprint: when the rules change, every event is recomputed at start-up.
CREATE TABLE corroboration_rules (
  id          smallint PRIMARY KEY CHECK (id = 1),
  fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  computed_at timestamptz NOT NULL
);

CREATE TRIGGER organisation_audit AFTER INSERT OR UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER witness_audit AFTER INSERT OR UPDATE ON witness
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER witness_identity_audit AFTER INSERT OR UPDATE ON witness_identity
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'sealed');
CREATE TRIGGER witness_merge_proposal_audit AFTER INSERT OR UPDATE ON witness_merge_proposal
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER testimony_audit AFTER INSERT OR UPDATE ON testimony
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER testimony_evidence_audit AFTER INSERT OR UPDATE ON testimony_evidence
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('testimony_id,evidence_sha256');
CREATE TRIGGER document_source_audit AFTER INSERT OR UPDATE ON document_source
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER claim_audit AFTER INSERT OR UPDATE ON claim
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER claim_place_audit AFTER INSERT OR UPDATE ON claim_place
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'region');
CREATE TRIGGER claim_duplicate_audit AFTER INSERT OR UPDATE ON claim_duplicate
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');

CREATE TRIGGER organisation_no_delete BEFORE DELETE ON organisation FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER witness_no_delete BEFORE DELETE ON witness FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER witness_identity_no_delete BEFORE DELETE ON witness_identity FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER witness_fingerprint_no_delete BEFORE DELETE ON witness_fingerprint
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER witness_merge_proposal_no_delete BEFORE DELETE ON witness_merge_proposal
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER testimony_no_delete BEFORE DELETE ON testimony FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER testimony_evidence_no_delete BEFORE DELETE ON testimony_evidence
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER document_source_no_delete BEFORE DELETE ON document_source FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER claim_no_delete BEFORE DELETE ON claim FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER claim_place_no_delete BEFORE DELETE ON claim_place FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER claim_link_no_delete BEFORE DELETE ON claim_link FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER claim_duplicate_no_delete BEFORE DELETE ON claim_duplicate FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER corroborated_event_no_delete BEFORE DELETE ON corroborated_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER event_member_no_delete BEFORE DELETE ON event_member FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER corroboration_rules_no_delete BEFORE DELETE ON corroboration_rules
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT, UPDATE ON organisation, witness, witness_identity, witness_fingerprint, witness_merge_proposal,
                                testimony, testimony_evidence, document_source, claim, claim_place, claim_link,
                                claim_duplicate, corroborated_event, event_member, corroboration_rules TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;

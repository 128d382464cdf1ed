-- Publication (issue 15): the review workflow, the redaction policy, and public exports.
--
-- A publication is a reviewed snapshot. Staff keep working on the live records; a record goes
-- public only as the version a second person reviewed, and stays public as that version until a
-- newer reviewed version replaces it or it is withdrawn. Public readers are served from the
-- snapshots, through the active redaction policy (org.sightline.server.publication).
--
-- Distribution key (the Citus path): publication by (kind, record_id); the policy tables are
-- reference tables.

-- The redaction policy as data: versions are never changed, exactly one is active at a time
-- (the one row of redaction_policy_active), and both are audited.
CREATE TABLE redaction_policy (
  version     integer PRIMARY KEY CHECK (version > 0),
  rules       jsonb NOT NULL,
  reason      text NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 2000 AND reason !~ '[[:cntrl:]]'),
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL
);

CREATE TABLE redaction_policy_active (
  id            smallint PRIMARY KEY CHECK (id = 1),
  policy        integer NOT NULL REFERENCES redaction_policy (version),
  activated_at  timestamptz NOT NULL,
  activated_by  text NOT NULL,
  version       integer NOT NULL DEFAULT 1 CHECK (version > 0)
);

-- One review of one version of one record. state: ready (submitted, waiting for a second person),
-- published (the version the public sees; at most one per record), rejected, withdrawn (taken off
-- the public surface, with a reason), superseded (replaced by a newer published version).
-- content: the record as reviewed, frozen (staff only; public readers get it through the policy).
-- authors: who wrote that version (they may not publish it); publishable_text: the free-text fields
-- the submitter marked publishable.
CREATE TABLE publication (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind              text NOT NULL CHECK (kind IN ('facility', 'boundary', 'zone', 'observation', 'claim', 'event')),
  record_id         text NOT NULL CHECK (btrim(record_id) <> ''),
  record_version    text NOT NULL CHECK (btrim(record_version) <> ''),
  state             text NOT NULL CHECK (state IN ('ready', 'published', 'rejected', 'withdrawn', 'superseded')),
  content           jsonb NOT NULL,
  publishable_text  text[] NOT NULL DEFAULT '{}',
  authors           text[] NOT NULL,
  submitted_by      text NOT NULL,
  submitted_at      timestamptz NOT NULL,
  submission_note   text CHECK (submission_note IS NULL OR (length(submission_note) <= 2000 AND submission_note !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]')),
  decided_by        text,
  decided_at        timestamptz,
  decision_note     text CHECK (decision_note IS NULL OR (length(decision_note) <= 2000 AND decision_note !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]')),
  published_at      timestamptz,
  withdrawn_at      timestamptz,
  withdrawn_by      text,
  withdrawal_reason text CHECK (withdrawal_reason IS NULL OR (btrim(withdrawal_reason) <> '' AND length(withdrawal_reason) <= 2000)),
  version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
  CHECK ((state = 'ready') = (decided_at IS NULL)),
  CHECK ((published_at IS NULL) = (state IN ('ready', 'rejected'))),
  CHECK ((state = 'withdrawn') = (withdrawn_at IS NOT NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL)),
  -- never published by the person who submitted it (nor by an author: checked by the server)
  CHECK (published_at IS NULL OR (decided_by IS NOT NULL AND decided_by <> submitted_by AND NOT decided_by = ANY(authors)))
);

CREATE UNIQUE INDEX publication_one_published ON publication (kind, record_id) WHERE state = 'published';
CREATE UNIQUE INDEX publication_one_ready ON publication (kind, record_id) WHERE state = 'ready';
CREATE INDEX publication_record ON publication (kind, record_id, id);
CREATE INDEX publication_queue ON publication (state, kind, id);

-- Public exports need an approval: an advocate asks (filters, formats), a second advocate approves,
-- and the server generates the files once, under the policy active then. manifest holds what was
-- included, the policy and its version, the counts and each file's SHA-256.
CREATE TABLE public_export (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  filters           jsonb NOT NULL,
  formats           text[] NOT NULL CHECK (formats <@ ARRAY['geojson', 'kml', 'csv', 'gpkg']::text[] AND cardinality(formats) > 0),
  title             text NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200 AND title !~ '[[:cntrl:]]'),
  state             text NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'withdrawn')),
  requested_by      text NOT NULL,
  requested_at      timestamptz NOT NULL,
  request_note      text CHECK (request_note IS NULL OR (length(request_note) <= 2000 AND request_note !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]')),
  decided_by        text,
  decided_at        timestamptz,
  decision_note     text CHECK (decision_note IS NULL OR (length(decision_note) <= 2000 AND decision_note !~ '[\x00-\x08\x0B\x0C\x0E-\x1F]')),
  policy            integer REFERENCES redaction_policy (version),
  manifest          jsonb,
  withdrawn_at      timestamptz,
  withdrawn_by      text,
  withdrawal_reason text,
  version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
  CHECK ((state = 'requested') = (decided_at IS NULL)),
  CHECK (state <> 'approved' OR (manifest IS NOT NULL AND policy IS NOT NULL)),
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);

-- The first policy: the defaults the issue names.
SELECT set_config('sightline.actor', 'system:migration', true);

INSERT INTO redaction_policy (version, rules, reason, created_at, created_by)
VALUES (1, '{"minimumEventLevel": "corroborated", "placeGeneralisation": "grid", "gridSizeM": 2000,
             "minimumDistanceM": 500, "datePrecision": "month", "requireConsent": true,
             "freeText": "marked-only"}'::jsonb,
        'The defaults: corroborated events and above, places on a 2 km grid and never within 500 m of a witness''s place, dates to the month, consented and shareable claims only, free text only where marked publishable.',
        now(), 'system:migration');

INSERT INTO redaction_policy_active (id, policy, activated_at, activated_by) VALUES (1, 1, now(), 'system:migration');

CREATE TRIGGER redaction_policy_audit AFTER INSERT OR UPDATE ON redaction_policy
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('version');
CREATE TRIGGER redaction_policy_active_audit AFTER INSERT OR UPDATE ON redaction_policy_active
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER publication_audit AFTER INSERT OR UPDATE ON publication
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER public_export_audit AFTER INSERT OR UPDATE ON public_export
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');

CREATE TRIGGER redaction_policy_no_change BEFORE UPDATE OR DELETE ON redaction_policy
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER redaction_policy_active_no_delete BEFORE DELETE ON redaction_policy_active
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER public_export_no_delete BEFORE DELETE ON public_export FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON redaction_policy TO sightline_app;
GRANT SELECT, INSERT, UPDATE ON redaction_policy_active, publication, public_export TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;

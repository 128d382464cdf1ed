-- Access control, the tamper-evident audit trail, record history and evidence custody (issue 5).
--
-- Who may do what, enforced by PostgreSQL itself:
--   * The schema owner (the role that runs these migrations) owns every table.
--   * The server connects as a LOGIN role that is a member of the NOLOGIN group role sightline_app.
--     sightline_app may SELECT, INSERT and UPDATE the working tables; it has no DELETE or TRUNCATE
--     anywhere (no hard deletes), and it can neither insert, update nor delete audit or history rows
--     directly: those are written only by the SECURITY DEFINER functions below, which compute the
--     timestamps and hashes themselves.
--   * Triggers also refuse UPDATE, DELETE and TRUNCATE on the audit and history tables and DELETE on
--     every other table, whoever asks, so even the owner must first disable triggers (which the chain
--     then exposes: AuditChainVerifier).
--
-- Every write must name its actor: the server runs SELECT set_config('sightline.actor', ..., true)
-- at the start of each writing transaction (AttributedTransactions); a write without one fails.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_app') THEN
    CREATE ROLE sightline_app NOLOGIN;
  END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The audit trail: one row per write and per read of restricted data, in a hash chain.
-- row_hash = sha256 over the canonical text of the row (audit_canonical_text) including prev_hash,
-- the row_hash of the row before (64 zeros for the first). seq has no gaps.
CREATE TABLE audit_event (
  seq          bigint PRIMARY KEY CHECK (seq > 0),
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL CHECK (btrim(actor) <> '' AND actor !~ '[[:cntrl:]]'),
  action       text NOT NULL CHECK (action ~ '^[a-z][a-z-]{0,39}$'),
  entity_type  text NOT NULL CHECK (entity_type ~ '^[a-z][a-z_]{0,39}$'),
  entity_id    text NOT NULL CHECK (btrim(entity_id) <> '' AND entity_id !~ '[[:cntrl:]]'),
  before_hash  text CHECK (before_hash ~ '^[0-9a-f]{64}$'),
  after_hash   text CHECK (after_hash ~ '^[0-9a-f]{64}$'),
  detail       jsonb,
  prev_hash    text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  row_hash     text NOT NULL CHECK (row_hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, seq);

-- The exact text that row_hash covers. AuditChainVerifier (Java) builds the same text independently;
-- AuditChainTest checks that the two agree. Fields end with a newline; NULL is the empty string
-- (never ambiguous: non-NULL values are never empty and never contain control characters, and
-- jsonb text escapes them). Timestamps are UTC with microseconds.
CREATE FUNCTION audit_canonical_text(p_seq bigint, p_occurred_at timestamptz, p_actor text, p_action text,
                                     p_entity_type text, p_entity_id text, p_before_hash text,
                                     p_after_hash text, p_detail jsonb, p_prev_hash text)
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'sightline-audit-v1' || chr(10)
      || p_seq::text || chr(10)
      || to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || chr(10)
      || p_actor || chr(10)
      || p_action || chr(10)
      || p_entity_type || chr(10)
      || p_entity_id || chr(10)
      || coalesce(p_before_hash, '') || chr(10)
      || coalesce(p_after_hash, '') || chr(10)
      || coalesce(p_detail::text, '') || chr(10)
      || p_prev_hash || chr(10)
$$;

-- Appends one event at the end of the chain and returns its seq. Appends are serialised by a
-- transaction-scoped advisory lock, so the chain is linear even under concurrent writers.
CREATE FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text,
                             p_before_hash text, p_after_hash text, p_detail jsonb)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_actor text := nullif(current_setting('sightline.actor', true), '');
  v_last record;
  v_seq bigint;
  v_prev text;
  v_at timestamptz := date_trunc('microseconds', clock_timestamp());
  v_hash text;
BEGIN
  IF v_actor IS NULL THEN
    RAISE EXCEPTION 'every write must name its actor: set sightline.actor in the transaction'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock(727274411);
  SELECT seq, row_hash INTO v_last FROM audit_event ORDER BY seq DESC LIMIT 1;
  IF v_last IS NULL OR v_last.seq IS NULL THEN
    v_seq := 1;
    v_prev := repeat('0', 64);
  ELSE
    v_seq := v_last.seq + 1;
    v_prev := v_last.row_hash;
  END IF;
  v_hash := encode(sha256(convert_to(audit_canonical_text(v_seq, v_at, v_actor, p_action, p_entity_type,
      p_entity_id, p_before_hash, p_after_hash, p_detail, v_prev), 'UTF8')), 'hex');
  INSERT INTO audit_event (seq, occurred_at, actor, action, entity_type, entity_id, before_hash,
                           after_hash, detail, prev_hash, row_hash)
  VALUES (v_seq, v_at, v_actor, p_action, p_entity_type, p_entity_id, p_before_hash, p_after_hash,
          p_detail, v_prev, v_hash);
  RETURN v_seq;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Record history: the state of a row after every insert and update, secret columns left out.
CREATE TABLE record_version (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  table_name   text NOT NULL,
  record_id    text NOT NULL,
  audit_seq    bigint NOT NULL REFERENCES audit_event (seq),
  recorded_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  operation    text NOT NULL,
  state        jsonb NOT NULL
);

CREATE INDEX record_version_record ON record_version (table_name, record_id, id);

-- Row trigger for every working table: one audit event and one history row per inserted or
-- updated row. TG_ARGV[0]: the key columns, comma-separated (joined with '/' into the entity id);
-- TG_ARGV[1] (optional): columns kept out of the history, comma-separated (password hashes).
-- An update that sets deleted_at (or deactivated_at, revoked_at, withdrawn_at) is audited as
-- 'soft-delete' (or 'deactivate', 'revoke', 'withdraw').
CREATE FUNCTION audit_row_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_new jsonb := to_jsonb(NEW);
  v_old jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END;
  v_id text;
  v_action text := lower(TG_OP);
  v_marker text;
  v_seq bigint;
  v_state jsonb := v_new;
  v_secret text;
BEGIN
  SELECT string_agg(v_new ->> btrim(k), '/' ORDER BY ord) INTO v_id
    FROM unnest(string_to_array(TG_ARGV[0], ',')) WITH ORDINALITY AS keys(k, ord);
  IF TG_OP = 'UPDATE' THEN
    FOREACH v_marker IN ARRAY ARRAY['deleted_at', 'deactivated_at', 'revoked_at', 'withdrawn_at'] LOOP
      IF v_new ? v_marker AND v_old ->> v_marker IS NULL AND v_new ->> v_marker IS NOT NULL THEN
        v_action := CASE v_marker WHEN 'deleted_at' THEN 'soft-delete' WHEN 'deactivated_at' THEN 'deactivate'
                                  WHEN 'revoked_at' THEN 'revoke' ELSE 'withdraw' END;
      END IF;
    END LOOP;
  END IF;
  v_seq := audit_append(v_action, TG_TABLE_NAME, v_id,
      CASE WHEN v_old IS NULL THEN NULL ELSE encode(sha256(convert_to(v_old::text, 'UTF8')), 'hex') END,
      encode(sha256(convert_to(v_new::text, 'UTF8')), 'hex'), NULL);
  IF TG_NARGS > 1 THEN
    FOREACH v_secret IN ARRAY string_to_array(TG_ARGV[1], ',') LOOP
      v_state := v_state - btrim(v_secret);
    END LOOP;
  END IF;
  INSERT INTO record_version (table_name, record_id, audit_seq, recorded_at, actor, operation, state)
  SELECT TG_TABLE_NAME, v_id, v_seq, occurred_at, actor, action, v_state FROM audit_event WHERE seq = v_seq;
  RETURN NULL;
END
$$;

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('audit_event', 'record_version') THEN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION 'no hard deletes: % on % refused; soft-delete with a reason instead', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER record_version_append_only BEFORE UPDATE OR DELETE ON record_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER record_version_no_truncate BEFORE TRUNCATE ON record_version
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Users, roles and tokens.
CREATE TABLE app_user (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username            text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name        text CHECK (display_name IS NULL OR (btrim(display_name) <> ''
                                  AND display_name !~ '[[:cntrl:]]' AND length(display_name) <= 200)),
  password_hash       text,
  roles               text[] NOT NULL DEFAULT '{}'
                        CHECK (roles <@ ARRAY['admin', 'analyst', 'investigator', 'advocate']::text[]),
  created_at          timestamptz NOT NULL,
  created_by          text NOT NULL,
  password_changed_at timestamptz,
  version             integer NOT NULL DEFAULT 1 CHECK (version > 0),
  deactivated_at      timestamptz,
  deactivated_by      text,
  deactivation_reason text,
  CHECK ((deactivated_at IS NULL) = (deactivation_reason IS NULL)),
  CHECK ((deactivated_at IS NULL) = (deactivated_by IS NULL))
);

CREATE UNIQUE INDEX app_user_username ON app_user (username);

-- Bearer tokens: 'session' from a password login (short-lived), 'api' for scripts (long-lived).
-- Only the SHA-256 of a token is stored; token_prefix (its first characters) lets owners tell
-- their tokens apart.
CREATE TABLE auth_token (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id           bigint NOT NULL REFERENCES app_user (id),
  kind              text NOT NULL CHECK (kind IN ('session', 'api')),
  token_hash        text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  token_prefix      text NOT NULL,
  label             text CHECK (label IS NULL OR (btrim(label) <> '' AND label !~ '[[:cntrl:]]'
                                                  AND length(label) <= 200)),
  created_at        timestamptz NOT NULL,
  created_by        text NOT NULL,
  expires_at        timestamptz NOT NULL,
  revoked_at        timestamptz,
  revoked_by        text,
  revocation_reason text,
  CHECK (expires_at > created_at),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE INDEX auth_token_user ON auth_token (user_id, created_at DESC);

-- Every login attempt, for throttling and for the record.
CREATE TABLE login_attempt (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username       text NOT NULL,
  remote_address text,
  attempted_at   timestamptz NOT NULL,
  succeeded      boolean NOT NULL
);

CREATE INDEX login_attempt_username ON login_attempt (username, attempted_at DESC);
CREATE INDEX login_attempt_remote ON login_attempt (remote_address, attempted_at DESC);

-- ---------------------------------------------------------------------------------------------
-- Evidence custody: one row per distinct content (SHA-256); the bytes live content-addressed on
-- disk (EvidenceStore). Every later access, resubmission and transfer is an audit event on
-- ('evidence_item', id): the custody log.
CREATE TABLE evidence_item (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256            text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes        bigint NOT NULL CHECK (size_bytes >= 0),
  media_type        text NOT NULL CHECK (media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'),
  original_filename text NOT NULL CHECK (btrim(original_filename) <> '' AND original_filename !~ '[[:cntrl:]]'),
  description       text,
  uploaded_by       text NOT NULL,
  received_at       timestamptz NOT NULL,
  withdrawn_at      timestamptz,
  withdrawn_by      text,
  withdrawal_reason text,
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);

-- ---------------------------------------------------------------------------------------------
-- Existing tables: soft deletes, publication, history.
ALTER TABLE facility
  ADD COLUMN published       boolean NOT NULL DEFAULT false,
  ADD COLUMN deleted_at      timestamptz,
  ADD COLUMN deleted_by      text,
  ADD COLUMN deletion_reason text,
  ADD CONSTRAINT facility_deletion_has_reason CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL));

-- Everything loaded so far came from public sources.
UPDATE facility SET published = true;

ALTER TABLE facility_sourced_location
  ADD COLUMN deleted_at      timestamptz,
  ADD COLUMN deleted_by      text,
  ADD COLUMN deletion_reason text,
  ADD CONSTRAINT facility_sourced_location_deletion_has_reason
    CHECK ((deleted_at IS NULL) = (deletion_reason IS NULL));

CREATE TRIGGER source_audit AFTER INSERT OR UPDATE ON source
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER facility_audit AFTER INSERT OR UPDATE ON facility
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER facility_sourced_location_audit AFTER INSERT OR UPDATE ON facility_sourced_location
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('facility_id,source_id,record_id');
CREATE TRIGGER app_user_audit AFTER INSERT OR UPDATE ON app_user
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'password_hash');
CREATE TRIGGER auth_token_audit AFTER INSERT OR UPDATE ON auth_token
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'token_hash');
CREATE TRIGGER login_attempt_audit AFTER INSERT OR UPDATE ON login_attempt
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER evidence_item_audit AFTER INSERT OR UPDATE ON evidence_item
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');

CREATE TRIGGER source_no_delete BEFORE DELETE ON source FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER facility_no_delete BEFORE DELETE ON facility FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER facility_sourced_location_no_delete BEFORE DELETE ON facility_sourced_location
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER auth_token_no_delete BEFORE DELETE ON auth_token FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER login_attempt_no_delete BEFORE DELETE ON login_attempt FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER evidence_item_no_delete BEFORE DELETE ON evidence_item FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Privileges of the application role. Nothing here grants DELETE or TRUNCATE; MigrationsTest
-- checks that for every table, so a later migration cannot slip one in unnoticed.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON spatial_ref_sys TO PUBLIC;
GRANT USAGE ON SCHEMA public TO sightline_app;
GRANT SELECT, INSERT, UPDATE ON source, facility, facility_sourced_location, app_user, auth_token,
  login_attempt, evidence_item TO sightline_app;
GRANT SELECT ON audit_event, record_version TO sightline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sightline_app;
REVOKE ALL ON FUNCTION audit_append(text, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(text, text, text, text, text, jsonb) TO sightline_app;

-- Upgrade fixture: a Sightline database of the FIRST RELEASE (schema V001-V009, commit df38f8f,
-- 2026-11-22) with that era's sample data. Written by scripts/build-upgrade-fixture; do not edit
-- by hand. Restored by UpgradeFromFirstReleaseTest with psql, then migrated by today's Sightline.
-- Edits to pg_dump's output: \restrict/\unrestrict lines dropped; the search_path set below is
-- 'public, pg_catalog' instead of '' (the first release's search index needs it: see V010).
-- The group role of the server's logins exists in any cluster Sightline ran on (V003).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sightline_app') THEN
    CREATE ROLE sightline_app NOLOGIN;
  END IF;
END
$$;
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', 'public, pg_catalog', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: postgis; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;


--
-- Name: EXTENSION postgis; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION postgis IS 'PostGIS geometry and geography spatial types and functions';


--
-- Name: audit_append(text, text, text, text, text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_append(p_action text, p_entity_type text, p_entity_id text, p_before_hash text, p_after_hash text, p_detail jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
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


--
-- Name: audit_canonical_text(bigint, timestamp with time zone, text, text, text, text, text, text, jsonb, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_canonical_text(p_seq bigint, p_occurred_at timestamp with time zone, p_actor text, p_action text, p_entity_type text, p_entity_id text, p_before_hash text, p_after_hash text, p_detail jsonb, p_prev_hash text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
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


--
-- Name: audit_row_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
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


--
-- Name: facility_search_text(text, text, text, text, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.facility_search_text(name text, name_ko text, name_mr text, name_rr text, aliases text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT sightline_fold(coalesce(name, '') || ' | ' || coalesce(name_ko, '') || ' | ' || coalesce(name_mr, '')
                        || ' | ' || coalesce(name_rr, '') || ' | ' || coalesce(array_to_string(aliases, ' | '), ''))
$$;


--
-- Name: refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_TABLE_NAME IN ('audit_event', 'record_version') THEN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION 'no hard deletes: % on % refused; soft-delete with a reason instead', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;


--
-- Name: sightline_fold(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sightline_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT btrim(regexp_replace(
           lower(translate(coalesce(value, ''), 'ŎŏŬŭÖöÜüÉéÈèŌōŪūĀā', 'OoUuOoUuEeEeOoUuAa')),
           '[^[:alnum:]가-힣]+', ' ', 'g'))
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: app_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_user (
    id bigint NOT NULL,
    username text NOT NULL,
    display_name text,
    password_hash text,
    roles text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    password_changed_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    deactivated_at timestamp with time zone,
    deactivated_by text,
    deactivation_reason text,
    CONSTRAINT app_user_check CHECK (((deactivated_at IS NULL) = (deactivation_reason IS NULL))),
    CONSTRAINT app_user_check1 CHECK (((deactivated_at IS NULL) = (deactivated_by IS NULL))),
    CONSTRAINT app_user_display_name_check CHECK (((display_name IS NULL) OR ((btrim(display_name) <> ''::text) AND (display_name !~ '[[:cntrl:]]'::text) AND (length(display_name) <= 200)))),
    CONSTRAINT app_user_roles_check CHECK ((roles <@ ARRAY['admin'::text, 'analyst'::text, 'investigator'::text, 'advocate'::text])),
    CONSTRAINT app_user_username_check CHECK ((username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'::text)),
    CONSTRAINT app_user_version_check CHECK ((version > 0))
);


--
-- Name: app_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.app_user ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.app_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_event (
    seq bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text NOT NULL,
    before_hash text,
    after_hash text,
    detail jsonb,
    prev_hash text NOT NULL,
    row_hash text NOT NULL,
    CONSTRAINT audit_event_action_check CHECK ((action ~ '^[a-z][a-z-]{0,39}$'::text)),
    CONSTRAINT audit_event_actor_check CHECK (((btrim(actor) <> ''::text) AND (actor !~ '[[:cntrl:]]'::text))),
    CONSTRAINT audit_event_after_hash_check CHECK ((after_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT audit_event_before_hash_check CHECK ((before_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT audit_event_entity_id_check CHECK (((btrim(entity_id) <> ''::text) AND (entity_id !~ '[[:cntrl:]]'::text))),
    CONSTRAINT audit_event_entity_type_check CHECK ((entity_type ~ '^[a-z][a-z_]{0,39}$'::text)),
    CONSTRAINT audit_event_prev_hash_check CHECK ((prev_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT audit_event_row_hash_check CHECK ((row_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT audit_event_seq_check CHECK ((seq > 0))
);


--
-- Name: auth_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_token (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    kind text NOT NULL,
    token_hash text NOT NULL,
    token_prefix text NOT NULL,
    label text,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    revoked_by text,
    revocation_reason text,
    CONSTRAINT auth_token_check CHECK ((expires_at > created_at)),
    CONSTRAINT auth_token_check1 CHECK (((revoked_at IS NULL) = (revoked_by IS NULL))),
    CONSTRAINT auth_token_kind_check CHECK ((kind = ANY (ARRAY['session'::text, 'api'::text]))),
    CONSTRAINT auth_token_label_check CHECK (((label IS NULL) OR ((btrim(label) <> ''::text) AND (label !~ '[[:cntrl:]]'::text) AND (length(label) <= 200)))),
    CONSTRAINT auth_token_token_hash_check CHECK ((token_hash ~ '^[0-9a-f]{64}$'::text))
);


--
-- Name: auth_token_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_token ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.auth_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evidence_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence_item (
    id bigint NOT NULL,
    sha256 text NOT NULL,
    size_bytes bigint NOT NULL,
    media_type text NOT NULL,
    original_filename text NOT NULL,
    description text,
    uploaded_by text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by text,
    withdrawal_reason text,
    CONSTRAINT evidence_item_check CHECK (((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))),
    CONSTRAINT evidence_item_media_type_check CHECK ((media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'::text)),
    CONSTRAINT evidence_item_original_filename_check CHECK (((btrim(original_filename) <> ''::text) AND (original_filename !~ '[[:cntrl:]]'::text))),
    CONSTRAINT evidence_item_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT evidence_item_size_bytes_check CHECK ((size_bytes >= 0))
);


--
-- Name: evidence_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evidence_item ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.evidence_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: facility; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facility (
    id text NOT NULL,
    name text NOT NULL,
    name_ko text,
    aliases text[] DEFAULT '{}'::text[] NOT NULL,
    facility_type text NOT NULL,
    status text NOT NULL,
    province text,
    location public.geometry(Geometry,4326) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    published boolean DEFAULT false NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by text,
    deletion_reason text,
    name_mr text,
    name_rr text,
    controlling_agency text,
    description text,
    status_since date,
    version integer DEFAULT 1 NOT NULL,
    updated_by text,
    CONSTRAINT facility_controlling_agency_check CHECK (((controlling_agency IS NULL) OR (btrim(controlling_agency) <> ''::text))),
    CONSTRAINT facility_deletion_has_reason CHECK (((deleted_at IS NULL) = (deletion_reason IS NULL))),
    CONSTRAINT facility_facility_type_check CHECK ((facility_type = ANY (ARRAY['kwanliso'::text, 'kyohwaso'::text, 'jipkyulso'::text, 'rodong-danryondae'::text, 'kuryujang'::text, 'other'::text]))),
    CONSTRAINT facility_id_check CHECK ((id ~ '^[a-z0-9][a-z0-9-]{1,63}$'::text)),
    CONSTRAINT facility_location_check CHECK ((public.st_isvalid(location) AND (NOT public.st_isempty(location)) AND (public.geometrytype(location) = ANY (ARRAY['POINT'::text, 'POLYGON'::text, 'MULTIPOLYGON'::text])))),
    CONSTRAINT facility_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT facility_name_ko_check CHECK (((name_ko IS NULL) OR (name_ko IS NFC NORMALIZED))),
    CONSTRAINT facility_name_mr_check CHECK (((name_mr IS NULL) OR ((btrim(name_mr) <> ''::text) AND (name_mr !~ '[[:cntrl:]]'::text)))),
    CONSTRAINT facility_name_rr_check CHECK (((name_rr IS NULL) OR ((btrim(name_rr) <> ''::text) AND (name_rr !~ '[[:cntrl:]]'::text)))),
    CONSTRAINT facility_status_check CHECK ((status = ANY (ARRAY['operational'::text, 'reduced'::text, 'closed'::text, 'unconfirmed'::text]))),
    CONSTRAINT facility_version_check CHECK ((version > 0))
);


--
-- Name: facility_boundary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facility_boundary (
    id bigint NOT NULL,
    facility_id text NOT NULL,
    geometry public.geometry(MultiPolygon,4326) NOT NULL,
    valid_from date,
    valid_to date,
    validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[)'::text)) STORED,
    basis text NOT NULL,
    confidence text NOT NULL,
    scene_id text,
    source_ids text[] DEFAULT '{}'::text[] NOT NULL,
    note text,
    area_sq_km double precision NOT NULL,
    perimeter_km double precision NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by text,
    deletion_reason text,
    CONSTRAINT facility_boundary_area_sq_km_check CHECK ((area_sq_km > (0)::double precision)),
    CONSTRAINT facility_boundary_basis_check CHECK ((basis = ANY (ARRAY['digitized'::text, 'published'::text, 'approximate'::text]))),
    CONSTRAINT facility_boundary_check CHECK (((valid_to IS NULL) OR (valid_from IS NULL) OR (valid_to > valid_from))),
    CONSTRAINT facility_boundary_check1 CHECK (((deleted_at IS NULL) = (deletion_reason IS NULL))),
    CONSTRAINT facility_boundary_check2 CHECK (((basis <> 'digitized'::text) OR (scene_id IS NOT NULL))),
    CONSTRAINT facility_boundary_confidence_check CHECK ((confidence = ANY (ARRAY['high'::text, 'medium'::text, 'low'::text]))),
    CONSTRAINT facility_boundary_geometry_check CHECK ((public.st_isvalid(geometry) AND (NOT public.st_isempty(geometry)))),
    CONSTRAINT facility_boundary_perimeter_km_check CHECK ((perimeter_km > (0)::double precision)),
    CONSTRAINT facility_boundary_scene_id_check CHECK (((scene_id IS NULL) OR (btrim(scene_id) <> ''::text)))
);


--
-- Name: facility_boundary_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.facility_boundary ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.facility_boundary_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: facility_sourced_location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facility_sourced_location (
    facility_id text NOT NULL,
    source_id text NOT NULL,
    record_id text NOT NULL,
    name_as_published text NOT NULL,
    location public.geometry(Point,4326) NOT NULL,
    url text,
    is_primary boolean DEFAULT false NOT NULL,
    note text,
    deleted_at timestamp with time zone,
    deleted_by text,
    deletion_reason text,
    CONSTRAINT facility_sourced_location_deletion_has_reason CHECK (((deleted_at IS NULL) = (deletion_reason IS NULL))),
    CONSTRAINT facility_sourced_location_location_check CHECK (public.st_isvalid(location)),
    CONSTRAINT facility_sourced_location_record_id_check CHECK ((btrim(record_id) <> ''::text))
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: login_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_attempt (
    id bigint NOT NULL,
    username text NOT NULL,
    remote_address text,
    attempted_at timestamp with time zone NOT NULL,
    succeeded boolean NOT NULL
);


--
-- Name: login_attempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.login_attempt ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.login_attempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: record_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.record_version (
    id bigint NOT NULL,
    table_name text NOT NULL,
    record_id text NOT NULL,
    audit_seq bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    operation text NOT NULL,
    state jsonb NOT NULL
);


--
-- Name: record_version_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.record_version ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.record_version_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: scene; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scene (
    collection text NOT NULL,
    id text NOT NULL,
    acquired_at timestamp with time zone NOT NULL,
    start_at timestamp with time zone,
    end_at timestamp with time zone,
    footprint public.geometry(MultiPolygon,4326) NOT NULL,
    bbox_west double precision NOT NULL,
    bbox_south double precision NOT NULL,
    bbox_east double precision NOT NULL,
    bbox_north double precision NOT NULL,
    platform text,
    constellation text,
    instruments text[] DEFAULT '{}'::text[] NOT NULL,
    gsd_m double precision,
    cloud_cover_pct double precision,
    off_nadir_deg double precision,
    sun_elevation_deg double precision,
    sun_azimuth_deg double precision,
    providers text[] DEFAULT '{}'::text[] NOT NULL,
    license text,
    thumbnail_url text,
    visual_url text,
    stac_version text NOT NULL,
    item json NOT NULL,
    content_sha256 text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    ingested_at timestamp with time zone NOT NULL,
    ingested_by text NOT NULL,
    CONSTRAINT scene_cloud_cover_pct_check CHECK (((cloud_cover_pct IS NULL) OR ((cloud_cover_pct >= (0)::double precision) AND (cloud_cover_pct <= (100)::double precision)))),
    CONSTRAINT scene_collection_check CHECK ((btrim(collection) <> ''::text)),
    CONSTRAINT scene_content_sha256_check CHECK ((content_sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT scene_footprint_check CHECK ((public.st_isvalid(footprint) AND (NOT public.st_isempty(footprint)))),
    CONSTRAINT scene_gsd_m_check CHECK (((gsd_m IS NULL) OR (gsd_m > (0)::double precision))),
    CONSTRAINT scene_id_check CHECK ((btrim(id) <> ''::text)),
    CONSTRAINT scene_version_check CHECK ((version > 0))
)
WITH (toast_tuple_target='8160');
ALTER TABLE ONLY public.scene ALTER COLUMN item SET COMPRESSION lz4;


--
-- Name: scene_previous; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scene_previous (
    collection text NOT NULL,
    id text NOT NULL,
    version integer NOT NULL,
    item json NOT NULL,
    content_sha256 text NOT NULL,
    ingested_at timestamp with time zone NOT NULL,
    ingested_by text NOT NULL,
    replaced_at timestamp with time zone NOT NULL,
    replaced_by text NOT NULL
);
ALTER TABLE ONLY public.scene_previous ALTER COLUMN item SET COMPRESSION lz4;


--
-- Name: source; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source (
    id text NOT NULL,
    publisher text NOT NULL,
    title text NOT NULL,
    url text,
    licence text NOT NULL,
    via text,
    retrieved_on date,
    CONSTRAINT source_id_check CHECK ((id ~ '^[a-z0-9][a-z0-9-]{0,31}$'::text)),
    CONSTRAINT source_publisher_check CHECK ((btrim(publisher) <> ''::text)),
    CONSTRAINT source_title_check CHECK ((btrim(title) <> ''::text))
);


--
-- Name: zone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.zone (
    id bigint NOT NULL,
    facility_id text NOT NULL,
    zone_key text NOT NULL,
    name text NOT NULL,
    name_ko text,
    kind text NOT NULL,
    geometry public.geometry(MultiPolygon,4326) NOT NULL,
    valid_from date,
    valid_to date,
    validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[)'::text)) STORED,
    basis text NOT NULL,
    confidence text NOT NULL,
    scene_id text,
    source_ids text[] DEFAULT '{}'::text[] NOT NULL,
    note text,
    area_sq_km double precision NOT NULL,
    perimeter_km double precision NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by text,
    deletion_reason text,
    CONSTRAINT zone_area_sq_km_check CHECK ((area_sq_km > (0)::double precision)),
    CONSTRAINT zone_basis_check CHECK ((basis = ANY (ARRAY['digitized'::text, 'published'::text, 'approximate'::text]))),
    CONSTRAINT zone_check CHECK (((valid_to IS NULL) OR (valid_from IS NULL) OR (valid_to > valid_from))),
    CONSTRAINT zone_check1 CHECK (((deleted_at IS NULL) = (deletion_reason IS NULL))),
    CONSTRAINT zone_check2 CHECK (((basis <> 'digitized'::text) OR (scene_id IS NOT NULL))),
    CONSTRAINT zone_confidence_check CHECK ((confidence = ANY (ARRAY['high'::text, 'medium'::text, 'low'::text]))),
    CONSTRAINT zone_geometry_check CHECK ((public.st_isvalid(geometry) AND (NOT public.st_isempty(geometry)))),
    CONSTRAINT zone_kind_check CHECK ((kind = ANY (ARRAY['housing'::text, 'mine'::text, 'farm'::text, 'factory'::text, 'administration'::text, 'security'::text, 'detention'::text, 'other'::text]))),
    CONSTRAINT zone_name_check CHECK (((btrim(name) <> ''::text) AND (name !~ '[[:cntrl:]]'::text))),
    CONSTRAINT zone_name_ko_check CHECK (((name_ko IS NULL) OR (name_ko IS NFC NORMALIZED))),
    CONSTRAINT zone_perimeter_km_check CHECK ((perimeter_km > (0)::double precision)),
    CONSTRAINT zone_scene_id_check CHECK (((scene_id IS NULL) OR (btrim(scene_id) <> ''::text))),
    CONSTRAINT zone_zone_key_check CHECK ((zone_key ~ '^[a-z0-9][a-z0-9-]{0,63}$'::text))
);


--
-- Name: zone_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.zone ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.zone_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.app_user (id, username, display_name, password_hash, roles, created_at, created_by, password_changed_at, version, deactivated_at, deactivated_by, deactivation_reason) FROM stdin;
1	admin	\N	$argon2id$v=19$m=19456,t=2,p=1$EmJJAHiergFzvPTigeY6WtPZNWHn99Pn1YFJaYdeAaYJ8f1Bcow0eE1yhOLN1L9aO2pZIiS+Lk2f2aSaAo7FPg$+3aOTr8l0HHfKonmOKJuUs3O5MJdUofhimYTLVey2x4	{admin}	2026-11-22 09:00:00+00	system:first-start	2026-11-22 09:00:00+00	1	\N	\N	\N
2	analyst-kim	Kim (imagery)	$argon2id$v=19$m=19456,t=2,p=1$b5FeyTBmPFU/7BeTZ/ZkQUx+EBjVAcRVqWgTzW7OMVBAVhbxp/jfALC5Bzk1y7/dLkOrPEkcF7EHZfaWrUdF5A$s5lyH/sehqnWg5IHGWyYJ4brNZv+v2bWDzwSher48nk	{analyst}	2026-11-22 09:05:00+00	user:admin	2026-11-22 09:05:00+00	1	\N	\N	\N
3	investigator-lee	Lee (testimony)	\N	{investigator}	2026-11-22 09:06:00+00	user:admin	\N	1	\N	\N	\N
4	advocate-park	\N	\N	{advocate}	2026-11-22 09:07:00+00	user:admin	\N	2	2026-11-22 10:30:00+00	user:admin	left the organisation
\.


--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_event (seq, occurred_at, actor, action, entity_type, entity_id, before_hash, after_hash, detail, prev_hash, row_hash) FROM stdin;
1	2026-12-07 08:37:17.191492+00	system:sample-data	insert	source	hrnk	\N	63eb1bc04e81b87c4d2985e773a900eb9eda7c7f686243e0873eadd68b99a8b5	\N	0000000000000000000000000000000000000000000000000000000000000000	7dbe8d6a2cd3af461f70c4f9518019f88da42e9eabe782ecdc605c82a70068d4
2	2026-12-07 08:37:17.216632+00	system:sample-data	insert	source	wikipedia	\N	76eebf3ece48347df5f87af4c18cd42867ecae51d7201e6940413fbbc059505b	\N	7dbe8d6a2cd3af461f70c4f9518019f88da42e9eabe782ecdc605c82a70068d4	8b3655aad25bbbc853c8ca075d12600813f66a7eedef6c183fa825a253d94118
3	2026-12-07 08:37:17.217209+00	system:sample-data	insert	source	nkpd	\N	439e9d93a1e173c6d3eb12add8dff705e4a9aae474188e1ecaf08a2706ad94a5	\N	8b3655aad25bbbc853c8ca075d12600813f66a7eedef6c183fa825a253d94118	828a03b95f7627148f692ebc094d3ac1d800d49f3bd247951a6d040889986fda
4	2026-12-07 08:37:17.2174+00	system:sample-data	insert	source	nkdb	\N	6b866185b00d83ce7648949b228af3888216c800fe93f131c7f4ee36adb29dd5	\N	828a03b95f7627148f692ebc094d3ac1d800d49f3bd247951a6d040889986fda	315f17523e190b32c353544e522952573662d1b5809b92c5162980568a5cface
5	2026-12-07 08:37:17.217611+00	system:sample-data	insert	source	sightline-editors	\N	39c0b50b76b1ad66288bf83e4ea98dcbf58fc2899ebbde9bb2c2f8f995eca9ef	\N	315f17523e190b32c353544e522952573662d1b5809b92c5162980568a5cface	c1351e7d328efa16169082bd2d9767204ac51cf3caa541462ef96f192556c778
6	2026-12-07 08:37:17.267252+00	system:sample-data	insert	facility	kwanliso-14-kaechon	\N	a456f9ca8949f7464dbf581ddb89f6951bbf198303a69fad01b971725fa179da	\N	c1351e7d328efa16169082bd2d9767204ac51cf3caa541462ef96f192556c778	8fa155f96f80921c67df921a21eb79a8d0c99faeeac0f420c83d7cfc8a285494
7	2026-12-07 08:37:17.272633+00	system:sample-data	insert	facility	kwanliso-15-yodok	\N	c2683bd409f3ec6a3f78a8d26b81cec4c8b2402009fe3b8f1c36231869d29015	\N	8fa155f96f80921c67df921a21eb79a8d0c99faeeac0f420c83d7cfc8a285494	271846033b992959e17c44c2621e4f039131141885cde0e84b549784af255f7e
8	2026-12-07 08:37:17.273101+00	system:sample-data	insert	facility	kwanliso-16-hwasong	\N	1c1eb58f80315a6a5934c57a4ceebc052b2a41d32e366e10ced7722fe5872e1b	\N	271846033b992959e17c44c2621e4f039131141885cde0e84b549784af255f7e	bf21a07c0cbbe5c70acc03312d60233d0339bf27047a443297544d3a5ab3f40e
9	2026-12-07 08:37:17.273419+00	system:sample-data	insert	facility	kyohwaso-12-jongori	\N	dd1ecb242d06b8271c88d429741c4ddd6a47d20a82f394ab7b970c48da25098f	\N	bf21a07c0cbbe5c70acc03312d60233d0339bf27047a443297544d3a5ab3f40e	600f5e79a0716cc23117f1c6ff68bcd5b4c71d4909cf87b21ac987e194516f2a
10	2026-12-07 08:37:17.273649+00	system:sample-data	insert	facility	jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132	\N	39bda3ff3ec22934732b60a815d1db4dea4e72d67798076f44a600cd2745e629	\N	600f5e79a0716cc23117f1c6ff68bcd5b4c71d4909cf87b21ac987e194516f2a	2f44b4639b1b8ab2f4c4e4678d0b7f6223879401c9ce50d4d139cc5bdffead48
11	2026-12-07 08:37:17.277919+00	system:sample-data	insert	facility_sourced_location	kwanliso-14-kaechon/hrnk/hrnk-00	\N	427904f9ca93f61dec9b9991310cf68fe9cb8317b4fb30cc53d98951cd01bf18	\N	2f44b4639b1b8ab2f4c4e4678d0b7f6223879401c9ce50d4d139cc5bdffead48	1dbe3c700cd4c217572c212af6375b2fa4b422b0a236b7b964735dc4e42b8bba
12	2026-12-07 08:37:17.278624+00	system:sample-data	insert	facility_sourced_location	kwanliso-14-kaechon/wikipedia/Q499011	\N	76f32a3a429b25a4b9b1094a16f89167480c42fcdfe9b9b9bed1dca30457ab73	\N	1dbe3c700cd4c217572c212af6375b2fa4b422b0a236b7b964735dc4e42b8bba	5dea5833fa09217d3b395b3103c5e6e8600ba9b54d3490c84a49a803631c8432
13	2026-12-07 08:37:17.279465+00	system:sample-data	insert	facility_sourced_location	kwanliso-15-yodok/hrnk/hrnk-02	\N	bc838b4b566087d1196e9adf196ab19e6c13f3beb70a65193bd12dd13407df7a	\N	5dea5833fa09217d3b395b3103c5e6e8600ba9b54d3490c84a49a803631c8432	e831f88b548608ead43160a5a699cf7db00c5846097634283ac4b5607fab8477
14	2026-12-07 08:37:17.279774+00	system:sample-data	insert	facility_sourced_location	kwanliso-15-yodok/wikipedia/Q32284	\N	d9f4d32826c33de3e020cf5e417dacc4e932fd629f8c10e0c4b89cee38817730	\N	e831f88b548608ead43160a5a699cf7db00c5846097634283ac4b5607fab8477	78d67ac8afa111fd734bb6e0b92807999a7f19fc4a820b9d163db94b976f2cd3
15	2026-12-07 08:37:17.284443+00	system:sample-data	insert	facility_sourced_location	kwanliso-15-yodok/nkpd/pfbkfpqvule	\N	e55c0a4b38bb5f80a6d1f8c9b73e0ce909629283747b601f47fd9d76754a8323	\N	78d67ac8afa111fd734bb6e0b92807999a7f19fc4a820b9d163db94b976f2cd3	160bdbbc31374c3e77fffc043cf2bf416427ce5077df4f2010b90f93ac00847a
16	2026-12-07 08:37:17.284875+00	system:sample-data	insert	facility_sourced_location	kwanliso-15-yodok/nkdb/hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso	\N	2b05b6e8e92aad79736ffc411758f8faf9d530990f1731e93a21466feb5dc803	\N	160bdbbc31374c3e77fffc043cf2bf416427ce5077df4f2010b90f93ac00847a	d636fca3ba1808e89b88a3280bf579009358fd2f3eaac830b047e2794e35fcba
17	2026-12-07 08:37:17.28525+00	system:sample-data	insert	facility_sourced_location	kwanliso-16-hwasong/hrnk/hrnk-03	\N	0a489b4308e851084e119bb6a67223d63c52fc9ea0e2cdc7c209cf1028cbeae4	\N	d636fca3ba1808e89b88a3280bf579009358fd2f3eaac830b047e2794e35fcba	bcb175f13c443ba6845a39d7406d0614009a6ebb23565082c40e8e75805b101d
18	2026-12-07 08:37:17.285444+00	system:sample-data	insert	facility_sourced_location	kwanliso-16-hwasong/wikipedia/Q710433	\N	11bd7ede7e099051d36909919e53f75f1c1d7d7ee77716cf3d0919c11df34edc	\N	bcb175f13c443ba6845a39d7406d0614009a6ebb23565082c40e8e75805b101d	1bb0241f89e99fdd30764f31d61e67ea2c1a348057ba0876e559eae8d8d82ce7
19	2026-12-07 08:37:17.285616+00	system:sample-data	insert	facility_sourced_location	kwanliso-16-hwasong/nkdb/hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso	\N	4133377bfc55895669b5604d84c4ea61ca8dcd49409a7f99b7da858fdc8a8c9f	\N	1bb0241f89e99fdd30764f31d61e67ea2c1a348057ba0876e559eae8d8d82ce7	aa295413de5ad41180ef504f7a4074a5af22451ef80c0f7c401d0e902fcf86ba
20	2026-12-07 08:37:17.285805+00	system:sample-data	insert	facility_sourced_location	kyohwaso-12-jongori/hrnk/hrnk-20	\N	af433f7b819365113b7910aa8a70a8b69b491b365c5667107e3b17ecfc07b9b8	\N	aa295413de5ad41180ef504f7a4074a5af22451ef80c0f7c401d0e902fcf86ba	98c0b54c86cdfe92eafcf0074fca37c84006801d7d1b64ad773ab64ed0b34046
21	2026-12-07 08:37:17.285973+00	system:sample-data	insert	facility_sourced_location	kyohwaso-12-jongori/wikipedia/Q5104648	\N	f3f0f4cdfa5476faf96ca811bb553f95213fa39e7fc3f485b4adb413b0fdb9cd	\N	98c0b54c86cdfe92eafcf0074fca37c84006801d7d1b64ad773ab64ed0b34046	36e0b8ce51f1059ef6aec11c923e4cd521c505f3a6995a52a4017477d5ff7a48
22	2026-12-07 08:37:17.286106+00	system:sample-data	insert	facility_sourced_location	kyohwaso-12-jongori/nkpd/iz28m1du339	\N	5a1a7727214ca1c746b969d021462bc815f204aa32158b6a265827a7e95fc629	\N	36e0b8ce51f1059ef6aec11c923e4cd521c505f3a6995a52a4017477d5ff7a48	80fcc00c5dfe2c302da4d2c1a4534f834acef410ff3e65ddc8cb2f24e528eb6e
23	2026-12-07 08:37:17.286235+00	system:sample-data	insert	facility_sourced_location	kyohwaso-12-jongori/nkdb/hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun	\N	bcfe6d06b81ce5e5e14eff64ec56d2d943f777e441564a823c7d6c62015fabe6	\N	80fcc00c5dfe2c302da4d2c1a4534f834acef410ff3e65ddc8cb2f24e528eb6e	e74297c18debd343d2fc6fa5e7819d04af9b3e53764e269f50fdc0ec222a65b3
24	2026-12-07 08:37:17.286396+00	system:sample-data	insert	facility_sourced_location	jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132/nkpd/u4jhtq8wzaj	\N	960ff924ff796fd7635a9ed301ec637edffa25ddd893d7c37e331c680c33d39f	\N	e74297c18debd343d2fc6fa5e7819d04af9b3e53764e269f50fdc0ec222a65b3	552e653b5ab56cdb30213c0c540c036d2cab382836a4c398c039a56225310f7c
25	2026-12-07 08:37:17.347602+00	system:sample-data	insert	facility_boundary	1	\N	6cfe2b5dd4e3747533e6ef7ac3737ebd9b66ff9089f0e33e625e12a4f0f58a30	\N	552e653b5ab56cdb30213c0c540c036d2cab382836a4c398c039a56225310f7c	ea650d8b2269ef8b60ec350a90f48bb275369bbaa73110882836faf3f612ff65
26	2026-12-07 08:37:17.350195+00	system:sample-data	insert	facility_boundary	2	\N	2df88c599db35d8879af58a6afb4f5c6d2aa202e549888355c72026b0187de1b	\N	ea650d8b2269ef8b60ec350a90f48bb275369bbaa73110882836faf3f612ff65	24878a1cc98a6c1ffeb9cc72e7659902ababd5ba703bb45bc159ca972a642908
27	2026-12-07 08:37:17.350925+00	system:sample-data	insert	facility_boundary	3	\N	88abd7dd9130cef4611c9680a1a6bccf64840c234742b24af5c59503c0c50284	\N	24878a1cc98a6c1ffeb9cc72e7659902ababd5ba703bb45bc159ca972a642908	1b67d47fc15ab52ffad59e45a3a431cdebb24788cfea49cd089728183275c741
28	2026-12-07 08:37:17.353323+00	system:first-start	insert	app_user	1	\N	a55e9e38c6fdbbfd8e9a3a4b416982cf43328931753fad556124f6920a59d66a	\N	1b67d47fc15ab52ffad59e45a3a431cdebb24788cfea49cd089728183275c741	33865a7aaee4e7078b84c476e5288d5417a3bc458f12486a1a787e3984e23f3c
29	2026-12-07 08:37:17.354349+00	user:admin	insert	app_user	2	\N	fe420624db0b59070311c20dc60805c5f7376efe4df73480276cca0d94a6fab2	\N	33865a7aaee4e7078b84c476e5288d5417a3bc458f12486a1a787e3984e23f3c	9db1c558bdc95845328a6ad75ba666cbf073e1e58fbdbe972d73e680d13a494c
30	2026-12-07 08:37:17.35461+00	user:admin	insert	app_user	3	\N	664993abc332ee0047e639736d029aed777589f38eecaab45d7a1822e6d16da2	\N	9db1c558bdc95845328a6ad75ba666cbf073e1e58fbdbe972d73e680d13a494c	862a5a18f5b3668cfdcc230865e099ea9427f1ba77b607dc9f6e128f3508bce8
31	2026-12-07 08:37:17.354983+00	user:admin	insert	app_user	4	\N	8c28186e74245defa1e516749a68477c2be6c33bd6d5bf50c9705ff70b26cec9	\N	862a5a18f5b3668cfdcc230865e099ea9427f1ba77b607dc9f6e128f3508bce8	2384dfc39e1d6c5d9c14baedf1b628ccdd17574db5d8628308648a331cb566f5
32	2026-12-07 08:37:17.355779+00	user:admin	deactivate	app_user	4	8c28186e74245defa1e516749a68477c2be6c33bd6d5bf50c9705ff70b26cec9	65ccae9d55f1c7999443d73709170155dac36b90c94f7fdb1b191628e27d09c2	\N	2384dfc39e1d6c5d9c14baedf1b628ccdd17574db5d8628308648a331cb566f5	0adf8b8bdd0fd8c46cc49e33d40df31b4a9522d175f5e0bb2e9b65486be03c15
33	2026-12-07 08:37:17.358476+00	user:admin	insert	auth_token	1	\N	446f03d40c2fdd4e003edb66eb79c1fc044c5d5fffe0602f4727c032880bbe5e	\N	0adf8b8bdd0fd8c46cc49e33d40df31b4a9522d175f5e0bb2e9b65486be03c15	d2468100333b9db8e00d32e15a53f31cd0cc7cec5bdb18b372c0a35eacc838da
34	2026-12-07 08:37:17.359425+00	user:admin	insert	auth_token	2	\N	87cb9cb45f088c48c9e22f4d1aafead1fa0bb3d258af6d330064bc9487a55e87	\N	d2468100333b9db8e00d32e15a53f31cd0cc7cec5bdb18b372c0a35eacc838da	515947d3623a9caa16a2ab7aaeeed1156538a25833f819ba4818530e57356d48
35	2026-12-07 08:37:17.36021+00	user:admin	revoke	auth_token	2	87cb9cb45f088c48c9e22f4d1aafead1fa0bb3d258af6d330064bc9487a55e87	9cb09a7d0f36969db6d125303011860e6d593ed7c3c36932f86b9a5163bdea32	\N	515947d3623a9caa16a2ab7aaeeed1156538a25833f819ba4818530e57356d48	a79df966f4d01c35801449febdeed21755594bb88eead5b9a1e059be957851e3
36	2026-12-07 08:37:17.362001+00	system:login	insert	login_attempt	1	\N	58349e19b47f64fe971aa896c8fb77b0bfcdafd71c777e56a72d5daae2fb454f	\N	a79df966f4d01c35801449febdeed21755594bb88eead5b9a1e059be957851e3	313d5b3f80333628eb78fff9854fb810e0b274ef74e711dc96f1874d21ac3a2e
37	2026-12-07 08:37:17.362545+00	system:login	insert	login_attempt	2	\N	b4cb8c85d82b202c9cfdc600b5f6ef81e9a9836f31445cc50da7b1f1ce8869da	\N	313d5b3f80333628eb78fff9854fb810e0b274ef74e711dc96f1874d21ac3a2e	82548d6d6f6882a980813355c7d23c57e657419d4b486740f7d97e55d5b23dda
38	2026-12-07 08:37:17.363333+00	system:login	insert	auth_token	3	\N	d5fee8e5d0e2aef689e1314cadba1f86dad4d7a5f8f103397d506a6177a0e557	\N	82548d6d6f6882a980813355c7d23c57e657419d4b486740f7d97e55d5b23dda	f356d37ae32c2075fa5c9c3dfff24a3ed467dd6c3c7822d663e7242a3300ae0f
39	2026-12-07 08:37:17.366061+00	user:analyst-kim	ingest	scene	batch	\N	\N	{"source": "yodok-s2.ndjson", "updated": 0, "inserted": 3, "unchanged": 0}	f356d37ae32c2075fa5c9c3dfff24a3ed467dd6c3c7822d663e7242a3300ae0f	4e361c88859de7535c51cee6f29bc29776ad549f5002b19772a5f1a162dc76e7
40	2026-12-07 08:37:17.368208+00	user:analyst-kim	ingest	scene	batch	\N	\N	{"source": "yodok-s2-reprocessed.ndjson", "updated": 1, "inserted": 0, "unchanged": 2}	4e361c88859de7535c51cee6f29bc29776ad549f5002b19772a5f1a162dc76e7	3e88684462a189bd8d6b3b634f74231522daa0798dce718cdaeff2d918bf72e6
41	2026-12-07 08:37:17.369431+00	user:analyst-kim	update	facility	kwanliso-15-yodok	c2683bd409f3ec6a3f78a8d26b81cec4c8b2402009fe3b8f1c36231869d29015	ef26f31a2b74c120e248b20d504669acc542d471e7fb9633401e5d03330209da	\N	3e88684462a189bd8d6b3b634f74231522daa0798dce718cdaeff2d918bf72e6	33699a18ab1d2331e7d7caf4615437e70f94fd2c15236318609d0ce7b28ed860
42	2026-12-07 08:37:17.371779+00	user:analyst-kim	update	facility_boundary	2	2df88c599db35d8879af58a6afb4f5c6d2aa202e549888355c72026b0187de1b	91101dac3aaa88dd48c04eec34a66eba929d6b5d861d82e6c277b02ee8fd5a9f	\N	33699a18ab1d2331e7d7caf4615437e70f94fd2c15236318609d0ce7b28ed860	5a617c12be332675d22724543152c3ab8be3c1a4ffdf0b16ea1cf3be5709bd50
43	2026-12-07 08:37:17.373538+00	user:analyst-kim	insert	facility_boundary	4	\N	082ee75b3e92a4e2b2112054287d506b358405595be65109ffcbec88619c62ab	\N	5a617c12be332675d22724543152c3ab8be3c1a4ffdf0b16ea1cf3be5709bd50	5b97454cadd2805a62ca82c1e162c775e1f861a64105fac00d84679decdc0a9c
44	2026-12-07 08:37:17.375824+00	user:analyst-kim	insert	zone	1	\N	80ad3936960529af861489fdc9135e2c8665076783c7d1c75e3268ecc9ff3654	\N	5b97454cadd2805a62ca82c1e162c775e1f861a64105fac00d84679decdc0a9c	23f9d977a7e5df8fdffd4978a289c68d8a0583aadeffeb753f946787d8aa8cb1
45	2026-12-07 08:37:17.37722+00	user:analyst-kim	insert	zone	2	\N	7c5a304e0c4614d79f7507f40bdc810c5e8d4a81f574e0d0c98ad5596b135cc3	\N	23f9d977a7e5df8fdffd4978a289c68d8a0583aadeffeb753f946787d8aa8cb1	6ad6856a4e09a06203f2d498e0029a5bc9de210680edc1dbddf740e0a25cf87b
46	2026-12-07 08:37:17.377906+00	user:analyst-kim	insert	zone	3	\N	2a873dfcf51920e003ce0d69ffc6bce779b4c152184c5884335be8bb1ee3fc0d	\N	6ad6856a4e09a06203f2d498e0029a5bc9de210680edc1dbddf740e0a25cf87b	f44372ad352e1dd4a083627ea1ef2b3eaa753f239d631e66f42899257c6742db
47	2026-12-07 08:37:17.37888+00	user:analyst-kim	insert	facility	kuryujang-hoeryong-reported	\N	36ead664271c18a9a33035909eade16a3a6920c882bf74db777a7187b3a741e4	\N	f44372ad352e1dd4a083627ea1ef2b3eaa753f239d631e66f42899257c6742db	51bc241845c9cb9c1bcf0f69c2495da83be0b389808728ce9dcd826df27dda86
48	2026-12-07 08:37:17.379073+00	user:analyst-kim	insert	facility	other-yodok-duplicate	\N	29d553fb4097966f228878ac03cfc21821c2578b7532cb2178dee33ff501aff9	\N	51bc241845c9cb9c1bcf0f69c2495da83be0b389808728ce9dcd826df27dda86	7d7240df0d68d5983ee61edfa9151651232817466a8d2a9a040d0197c62c161d
49	2026-12-07 08:37:17.379749+00	user:analyst-kim	soft-delete	facility	other-yodok-duplicate	29d553fb4097966f228878ac03cfc21821c2578b7532cb2178dee33ff501aff9	995348f13f5fd91c1edcdfa2109c37e5dca0a236fa8cb4eccb8cb66afe3e1160	\N	7d7240df0d68d5983ee61edfa9151651232817466a8d2a9a040d0197c62c161d	125e04cabb1623c523ab88def6ce1995cd06b0896e792b6e8a6aa70309953fe2
50	2026-12-07 08:37:17.380074+00	user:analyst-kim	read	facility	kuryujang-hoeryong-reported	\N	\N	{"view": "record"}	125e04cabb1623c523ab88def6ce1995cd06b0896e792b6e8a6aa70309953fe2	f3318049c502784b7e31f1783cd47df3ec78b84b3e0ff4fd7607274f9f00c2a3
51	2026-12-07 08:37:17.381611+00	user:investigator-lee	insert	evidence_item	1	\N	aada13dbe1bb9781031705dc9a8c6250448b15886edeed4d2c1792caf24ff46e	\N	f3318049c502784b7e31f1783cd47df3ec78b84b3e0ff4fd7607274f9f00c2a3	605bf2dfcd0aaa6f417234256897878a6cebbfc967cfdbf16796ef3c7937cb70
52	2026-12-07 08:37:17.382301+00	user:investigator-lee	download	evidence_item	1	\N	\N	{"verified": true}	605bf2dfcd0aaa6f417234256897878a6cebbfc967cfdbf16796ef3c7937cb70	9c33f146bbd56ed14975cc35d776e2030bc8e37f2c98f11d5ec938f38d498cbb
\.


--
-- Data for Name: auth_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_token (id, user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at, revoked_at, revoked_by, revocation_reason) FROM stdin;
1	3	api	9da6c6d4089e14385a53ad4cdc9c21fac2628a980558a5d371b6149ab8333e84	slt_FirstR	testimony import script	2026-11-22 09:10:00+00	user:admin	2099-01-01 00:00:00+00	\N	\N	\N
2	3	api	984e4e7fb0ef9a5549223ac87065875d7160ec359cbcf03b6255e1c83c723720	slt_Revoke	old laptop	2026-11-22 09:11:00+00	user:admin	2099-01-01 00:00:00+00	2026-11-22 09:12:00+00	user:admin	laptop lost
3	2	session	7c8ee0c8660dda1d88a9f9a40a4935aeae499f0188fb46afbd688cf031ceaf03	slt_Expire	\N	2026-11-22 09:20:10+00	user:analyst-kim	2026-11-22 21:20:10+00	\N	\N	\N
\.


--
-- Data for Name: evidence_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evidence_item (id, sha256, size_bytes, media_type, original_filename, description, uploaded_by, received_at, withdrawn_at, withdrawn_by, withdrawal_reason) FROM stdin;
1	5f3c9d1f7b0a4e2d8c6b9a1e3f5d7c9b1a3e5f7d9c1b3a5e7f9d1c3b5a7e9f1d	48213	image/png	yodok-sketch-2019.png	Sketch map drawn by a former detainee (consent on file).	user:investigator-lee	2026-11-22 10:10:00+00	\N	\N	\N
\.


--
-- Data for Name: facility; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facility (id, name, name_ko, aliases, facility_type, status, province, location, created_at, updated_at, published, deleted_at, deleted_by, deletion_reason, name_mr, name_rr, controlling_agency, description, status_since, version, updated_by) FROM stdin;
kwanliso-14-kaechon	Kwanliso No. 14 Kaechon	개천 14호 관리소	{"Camp 14, Kaechon","Kaechon internment camp"}	kwanliso	operational	South Pyongan Province	0101000020E6100000D9507B5BFA835F407DF7D8A72DC94340	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	t	\N	\N	\N	Kaech'ŏn Kwalliso No. 14	Gaecheon 14ho Gwalliso	\N	\N	\N	1	\N
kwanliso-16-hwasong	Kwanliso No. 16 Hwasong	화성 16호 관리소	{"Camp 16, Hwasong","Hwasong concentration camp","Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province"}	kwanliso	operational	North Hamgyong Province	0101000020E6100000AA1908B8962860401D4B6947BBA44440	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	t	\N	\N	\N	Hwasŏng Kwalliso No. 16	Hwaseong 16ho Gwalliso	\N	\N	\N	1	\N
kyohwaso-12-jongori	Kyohwaso No. 12 Jongo-ri	\N	{"Chongori concentration camp","Chongori Prison No. 12, Hoeryong City, North Hamgyong Province","Chongori Re-education Camp","Kyo-hwa-so No. 12, Jongo-ri"}	kyohwaso	operational	North Hamgyong Province	0101000020E6100000CBAB297F2D386040F2B6D26BB31A4540	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	t	\N	\N	\N	\N	\N	Ministry of People's Security	\N	\N	1	\N
jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132	Chagang Provincial MPS Holding Centre (Manpo)	\N	{}	jipkyulso	operational	Chagang Province	0101000020E61000003E3E213BEF925F40D57D5B0B0E954440	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	t	\N	\N	\N	\N	\N	Ministry of People's Security	\N	\N	1	\N
kwanliso-15-yodok	Kwanliso No. 15 Yodok	요덕 15호 관리소	{"Camp 15, Yodok","Yodok concentration camp","Yodok Political Prison Camp No.15","Yodok PPC No. 15, Yodok County, South Hamgyong Province"}	kwanliso	reduced	South Hamgyong Province	0101000020E6100000E7C2ED7577B65F402B14E97E4ED64340	2026-12-07 08:37:17.164033+00	2026-11-22 09:50:00+00	t	\N	\N	\N	Yodŏk Kwalliso No. 15	Yodeok 15ho Gwalliso	Ministry of State Security	Reduced since the 2024 imagery: the eastern housing blocks are razed.	2024-04-06	2	user:analyst-kim
kuryujang-hoeryong-reported	Hoeryong detention site (reported)	회령 구류장	{}	kuryujang	unconfirmed	North Hamgyong Province	0101000020E6100000A4703D0AD7376040B81E85EB51384540	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	f	\N	\N	\N	\N	\N	\N	Reported by one witness; location within about 2 km.	\N	1	user:analyst-kim
other-yodok-duplicate	Yodok camp (duplicate entry)	\N	{}	other	unconfirmed	South Hamgyong Province	0101000020E61000006666666666B65F40F6285C8FC2D54340	2026-12-07 08:37:17.164033+00	2026-12-07 08:37:17.164033+00	f	2026-11-22 10:05:00+00	user:analyst-kim	duplicate of kwanliso-15-yodok	\N	\N	\N	\N	\N	2	user:analyst-kim
\.


--
-- Data for Name: facility_boundary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facility_boundary (id, facility_id, geometry, valid_from, valid_to, basis, confidence, scene_id, source_ids, note, area_sq_km, perimeter_km, created_at, created_by, deleted_at, deleted_by, deletion_reason) FROM stdin;
1	kwanliso-14-kaechon	0106000020E61000000100000001030000000100000081000000F3E46F5E77855F402F4A1DDC40C94340036A2D8477855F40498F3EE623C943401D79D8BE76855F406B0470F606C94340D610ED0E75855F40BA468A1EEAC8434010D8777572855F4033085770CDC84340AA7215F46E855F40A91786FDB0C84340857DF18C6A855F402579A2D794C843407C32C54265855F406595071079C8434046B5D5185F855F401387D6B75DC84340420AF21258855F40688CEBDF42C843409CB8703550855F4094A3D39828C8434017192D8547855F406458C2F20EC84340805384073E855F4065C987FDF5C743404B0C52C233855F40A4EA86C8DDC74340CEC4ECBB28855F40000CAC62C6C743401AF021FB1C855F40E0A863DAAFC7434004BF318710855F40F386913D9AC74340EEA5CA6703855F406029889985C74340219F04A5F5845F40B19D00FB71C74340942C5C47E7845F4067A7126E5FC74340511CAD57D8845F40184F2DFE4DC743408D122DDFC8845F4095D90FB63DC74340FFDC65E7B8845F405F2BC39F2EC74340B5922F7AA8845F40949C93C420C743404A84AAA197845F40E6400B2D14C74340EEFF386886845F403DA7ECE008C7434047ED78D874845F403B142EE7FEC64340F9443DFD62845F40733AF545F6C64340D56787E150845F40F1729302EFC64340CE5980903E845F407F788221E9C64340C3E471152C845F4077A761A6E4C643405AA7BF7B19845F40F9C3F393E1C643402B14E0CE06845F40B4471DECDFC643406C65551AF4835F407E38E3AFDFC643408989A669E1835F4032886ADFE0C64340D90C58C8CE835F4073FEF779E3C64340C504E541BC835F4028ACF07DE7C64340D900B8E1A9835F4092E8DAE8ECC64340C50524B397835F4054D75FB7F3C64340DA965DC185835F4077764DE5FBC6434014D2731774835F402733996D05C74340F3A249C062835F40AD03634A10C743405C108FC651835F40AF04F9741CC7434062A9BA3441835F406997DBE529C743404415031531835F4098FEC19438C743404DCA587121835F401D779F7848C7434094EF5F5312835F4026C9A88759C74340506D6AC403835F40B24E5AB76BC74340682F72CDF5825F40996B7EFC7EC74340B09D1377E8825F402D73344B93C74340544D88C9DB825F4038F7F796A8C74340AFEEA1CCCF825F40F77BA8D2BEC74340907AC587C4825F403D8C91F0D5C7434017A2E601BA825F40E42873E2EDC74340D3838341B0825F404C8E8A9906C84340E4A8A04CA7825F40B84A9B0620C84340874CC5289F825F40B39FF8193AC8434084F0F7DA97825F40FF288FC354C843406440BB6791825F40FAC2EEF26FC84340AC450BD38B825F4081AA54978BC843409EEE5A2087825F4005D0B59FA7C8434034E9915283825F408D57C9FAC3C84340B9D30A6C80825F401F3F1397E0C8434008C4916E7E825F402D25EF62FDC843407C26635B7D825F4029289B4C1AC9434062F52A337D825F40C8D8424237C94340454904F67D825F400C380A3254C943409D4279A37F825F4085BA180A71C94340D14C833A82825F40AE49A4B88DC943408DBA8BB985825F40FA3CFC2BAAC943400ABB6C1E8A825F4085439452C6C94340CCA772668F825F40CA370F1BE2C94340FEA95D8E95825F40B3D64974FDC9434097B663929C825F404C53654D18CA4340FADF326EA4825F40ACC0D19532CA4340BCFBF31CAD825F407F4B583D4CCA4340039B4D99B6825F40023D253465CA43409F5367DDC0825F4017C1D16A7DCA4340ED57EDE2CB825F4093696DD294CA43404D5B14A3D7825F409868875CABCA4340CAC09D16E4825F408C7C37FBC0CA43406F11DC35F1825F40EF8726A1D5CA434084B7B7F8FE825F40D3CF9641E9CA4340C0FBB3560D835F40C5DB6BD0FBCA43407641F4461C835F4054F231420DCB43406B7E41C02B835F406F2D258C1DCB434007EB0FB93B835F40692238A42CCB434046E784274C835F4023191A813ACB4340DD107D015D835F40F5CE3C1A47CB4340AB86923C6E835F4040C1D96752CB4340B15523CE7F835F40BFFCF6625CCB4340890B58AB91835F405A6E6B0565CB4340356A2AC9A3835F40F2B2E2496CCB43402F396C1CB6835F409D63E02B72CB4340752FCE99C8835F4069DCC2A776CB434032F2E635DB835F40C97BC5BA79CB4340C2233AE5ED835F40565902637BCB4340987E3F9C00845F40D472739F7BCB434089F7694F13845F40B64EF36F7ACB434035E32EF325845F40AC133DD577CB4340E5190D7C38845F405315ECD073CB4340841594DE4A845F4021D67A656ECB434048056B0F5D845F40527F419667CB434080D257036F845F40A6CF73675FCB43404F1246AF80845F405A821EDE55CB4340D7DF4D0892845F40DB2F24004BCB4340B39ABA03A3845F4049AA39D43ECB43406B851197B3845F40E6D7E16131CB4340D33F18B8C3845F402B0E69B122CB43405B19DB5CD3845F404AF0DFCB12CB43403937B37BE2845F4066D415BB01CB4340C68A4C0BF1845F40F3B29289EFCA43403C94AB02FF845F4002A49042DCCA434058EE32590C855F409EEEF4F1C7CA43405F9FA80619855F405FAE48A4B2CA43404A2C3B0325855F40F813B1669CCA4340EE6A864730855F407745E74685CA43402A1098CC3A855F403FE32F536DCA434059F7F38B44855F401737529A54CA43404B20987F4D855F40C1128F2B3BCA4340776100A255855F40AA63971621CA43400ACC29EE5C855F40C481826B06CA4340CDBF955F63855F40523FC43AEBC94340FFAC4CF268855F40FEBF2295CFC943408D82E0A26D855F406A1DAC8BB3C943400AC76E6E71855F40AFDFAB2F97C94340535BA25274855F405B50A0927AC94340BCE5B44D76855F4072AE2FC65DC94340F3E46F5E77855F402F4A1DDC40C94340	\N	\N	approximate	low	\N	{sightline-editors}	Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.	12.551679631122806	12.56028397166884	2026-11-22 08:20:00+00	system:sample-data	\N	\N	\N
3	kwanliso-16-hwasong	0106000020E61000000100000001030000000100000081000000B55832615A2960407897825FB9A44440F51E971C5A296040A80DD6689CA4444069487C5F5929604072A13F857FA4444035B1572A582960405F1390C662A44440D936E97D562960401334813E46A44440E33E3A5B54296040E5F6AAFE29A444405D109DC351296040CC9978180EA444406A00ACB84E29604043E91D9DF2A344409472483C4B296040CFA68C9DD7A344407CAD99504729604083186A2ABDA3444099840BF8422960402EC80454A3A34440E9D74C353E29604033784A2A8AA344408BEA4D0B392960407654BEBC71A344403E913E7D3329604027656F1A5AA34440F8398C8E2D2960407D49EF5143A34440BFCDDF4227296040DA3F49712DA34440256E1B9E202960400381F98518A34440C50F58A41929604099F3E49C04A3444033F3E25912296040EA3C51C2F1A2444007FE3AC30A296040FC33DD01E0A244408FF50DE50229604067BB7966CFA24440E29C35C4FA2860406A0663FABFA2444022B8B465F2286040384D1AC7B1A24440B5F6B3CEE928604084F45FD5A4A244405DC67E04E1286040972B2E2D99A244403011800CD82860409504B4D58EA244404BE83EECCE286040940951D585A24440731D5BA9C52860406B5191317EA2444092CD8949BC28604099162AEF77A2444045DE91D2B22860403BD2F61173A244409570484AA9286040FBDCF69C6FA24440024B8DB69F28604046974B926DA24440183D471D96286040FE1937F36CA24440B37E60848C28604075701BC06DA244403C0DC3F1822860401D5C7AF86FA244400009556B792860401AA2F59A73A24440E014F5F66F28604080E24FA578A244409ABA769A66286040C8F86D147FA24440C3D59E5B5D28604095E458E486A24440C407204054286040AF39401090A24440DD36974D4B286040AA157D929AA24440701A8889422860406F999564A6A244409FD659F93928604091E4407FB3A244404FA953A2312860400A906BDAC1A24440A3AA99892928604070A53C6DD1A24440D9A229B421286040F40F1B2EE2A244408FF7D7261A2860407E83B312F4A244403EB24CE61228604092D6FE0F07A34440CBA100F70B286040F2CA481A1BA34440EB983A5D05286040F840372530A344400CCB0C1DFF27604020D1D12346A344406B49523AF927604042C789085DA34440D9A1ACB8F3276040877A42C574A34440A9A0819BEE276040FCFC594B8DA344403C37F9E5E92760407C1DB28BA6A344405B88FB9AE527604063B6B976C0A34440B21B2FBDE1276040734376FCDAA344408139F74EDE276040DCB88D0CF6A34440846F7252DB2760408A95509611A444400C4079C9D82760406A2AC4882DA444401CFC9CB5D62760407B10ADD249A444403FC92618D52760401EC7996266A44440C0D316F2D32760401D74ED2683A44440C4AD2344D3276040F3BEEA0DA0A44440B2DBB90ED32760407FC0BE05BDA444403B8EFB51D327604069008CFCD9A444402F8AC00DD42760409B7975E0F6A44440393E9641D5276040CA9EA99F13A544407C06C0ECD62760406F586D2830A54440EC9D370ED92760404EF526694CA544402FBDADA4DB276040E306695068A5444091E68AAEDE276040D122FDCC83A54440BE5EF029E2276040E482EECD9EA544408251B914E6276040E37C9442B9A5444004227C6CEA276040DFCB9C1AD3A5444098E58B2EEF2760406FA41546ECA544405A08FA57F4276040CF8D77B504A64440841A98E5F9276040A0F9AE591CA6444068C5F9D3FF2760405794252433A64440E3E6761F06286040B548CB0649A64440FDD12DC40C28604078F01EF45DA6444048B305BE1328604015AD36DF71A644409C17B1081B28604016E3C7BB84A644408F93B09F2228604056D32E7E96A644400A8A557E2A2860403CCD751BA7A644404710C59F322860407DF55B89B6A644406DEDFAFE3A2860404B9D5BBEC4A64440EDB3CC9643286040CF25B0B1D1A64440B0F2EC614C286040746C5B5BDDA64440207CEE5A552860406CBC2AB4E7A64440FDC0477C5E2860408742BBB5F0A64440EE3C56C0672860407B007E5AF8A64440A2F2612171286040353DBB9DFEA644405BF5A0997A286040F56F957B03A74440B1FD3A238428604089A40BF106A7444044074DB88D286040F656FBFB08A744402AF5EC5297286040AAC5219B09A74440CC3A2DEDA028604017B91CCE08A74440E2862081AA28604071C06A9506A744404F6EDD08B428604054E36AF202A744408C14827EBD28604092C85BE7FDA644405CCF37DCC628604091525A77F7A644407AC3361CD028604041B25FA6EFA644400D78C938D9286040B6F13E79E6A644409D5E502CE22860401AF8A1F5DBA644405C4D45F1EA2860409A080622D0A644408DE93E82F3286040C9BEB705C3A64440F5FFF3D9FB286040B38ACEA8B4A6444039C93EF303296040A3AF2714A5A64440201820C90B2960409AC8605194A64440C66FC2561329604000D6D16A82A64440CDFF7C971A2960402FD8866B6FA64440B884D68621296040E1FA385F5BA64440A80A882028296040AA55475246A64440BE907F602E2960403146AF5130A64440918BE24234296040C068046B19A644401C4510C4392960402D3468AC01A64440B618A4E03E2960407B3E8124E9A54440BA89779543296040682F72E2CFA544408733A4DF47296040B966D0F5B5A54440C29185BC4B296040F85B9A6E9BA54440B39FBA294F2960409FBD2D5D80A54440B94D272552296040E2553DD264A544401CCCF5AC542960403CBBC6DE48A544403EAA97BF562960404AD307942CA54440B4C9C65B58296040472E740310A544409424868059296040FB41AA3EF3A444409766222D5A2960406E8A6857D6A44440B55832615A2960407897825FB9A44440	\N	\N	approximate	low	\N	{sightline-editors}	Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.	12.571223059353274	12.57005858085474	2026-11-22 08:20:00+00	system:sample-data	\N	\N	\N
2	kwanliso-15-yodok	0106000020E61000000100000001030000000100000081000000DA568044F5B75F40A6F92C8E5CD6434051C36940F5B75F40E08385953FD6434034A9DD50F4B75F4056351CA622D64340F0117276F2B75F400C59C9D105D6434082DA4DB2EFB75F402C59542AE9D54340FAF72706ECB75F4098C868C1CCD5434049634674E7B75F400D7E8BA8B0D5434005AD7CFFE1B75F40AFC70FF194D54340133A2AABDBB75F4064BD0CAC79D543405D2A387BD4B75F40CCB852EA5ED54340E1EA1674CCB75F402EF960BC44D54340B774BB9AC3B75F40BC795B322BD54340AB3A9CF4B9B75F406B00015C12D543408BC7AD87AFB75F40946BA148FAD443400C0F5F5AA4B75F4012441407E3D44340BA73957398B75F40EE99AFA5CCD443406E84A8DA8BB75F4008313F32B7D44340D1735D977EB75F401403FCB9A2D44340DA4CE2B170B75F405F1C84498FD4434027E7C83262B75F4008D8D2EC7CD44340659E012353B75F409E8039AF6BD44340EBCFD58B43B75F40A759589B5BD443400422E27633B75F40241618BB4CD443406D9810EE22B75F4043C0A3173FD443408A7992FB11B75F40DE1563B932D443403708DAA900B75F40285DF5A727D44340ED159403EFB65F40DBB42CEA1DD443404271A113DDB65F40A0E2098615D44340B03410E5CAB65F403AA2B8800ED44340D4F91483B8B65F40CD778CDE08D4434027F503F9A5B65F402C07FEA204D443408FFE495293B65F40B9F1A8D001D44340E78A659A80B65F402C3C4A6900D44340D89ADFDC6DB65F40453DBF6D00D443403AA344255BB65F40041605DE01D443407F731D7F48B65F40C4B338B904D443403C1EE8F535B65F40135C97FD08D443404AE8109523B65F402FC27FA80ED44340D942EB6711B65F404DA573B615D4434083D4AA79FFB55F40B1F619231ED44340DF955CD5EDB55F405E8641E927D44340A605E085DCB55F40B434E40233D443407F78E095CBB55F40FEA62A693FD44340B188CE0FBBB55F40A77C70144DD44340A3A9D9FDAAB55F40B30249FC5BD443400EE3E9699BB55F40596284176CD44340D7B7995D8CB55F40D047355C7DD44340243C30E27DB55F40B4FDB6BF8FD443407B5E9B0070B55F4061F9B336A3D4434032676AC162B55F4035D42CB5B7D44340DAB1C82C56B55F4080AD7F2ECDD4434095A3784A4AB55F409FF06F95E3D44340B5E1CE213FB55F40677A2EDCFAD443406DCBADB934B55F401B1962F412D543407E3981182BB55F40896130CF2BD5434068863A4422B55F40E6D3465D45D54340ACE14C421AB55F400E4BE48E5FD543405CF0A91713B55F40F4AFE2537AD5434017BDBEC80CB55F40CBEBC09B95D543406CF9705907B55F406412AD55B1D5434048921CCD02B55F40CABE8E70CDD54340F8989126FFB45F409F9B11DBE9D5434040821268FCB45F40C910B08306D6434059BC5293FAB45F40DD0FBE5823D64340139D75A9F9B45F40B9F8734840D643409CA80DABF9B45F40658FF9405DD6434087311C98FAB45F40B6FC70307AD643403F521170FCB45F40E1D2010597D643402740CC31FFB45F40E60EE4ACB3D643400EF89BDB02B55F4099106B16D0D64340BC43406B07B55F4001821030ECD64340FF17EBDD0CB55F4086277FE807D743405F4A423013B55F4054929D2E23D743408E9D615E1AB55F4021AE98F13DD743403A23DD6322B55F400B24EE2058D743400FF2C33B2BB55F40E68B76AC71D74340F92DA3E034B55F40D5656F848AD743401961894C3FB55F40E5D58499A2D743403A230A794AB55F40BA1BDBDCB9D74340900D425F56B55F404EC01740D0D743407AF8DAF762B55F4024746AB5E5D743406D80103B70B55F407498952FFAD743408ECFB4207EB55F40EE6DF6A10DD84340C4A835A08CB55F4006E48C0020D8434056B1A1B09BB55F40F703034031D84340C2F5AD48ABB55F40BFF2B35541D8434058A6BB5EBBB55F40F885B23750D843401308DEE8CBB55F401867CFDC5DD843401A96E0DCDCB55F409AC19E3C6AD84340ED4F4D30EEB55F4059787D4F75D843406F3073D8FFB55F40E3DE950E7FD84340D0C96CCA11B65F40D2F3E37387D84340260227FB23B65F409419397A8ED843407EEC675F36B65F40444B3F1D94D8434044BAD5EB48B65F4084CB7B5998D8434084C0FD945BB65F40D34B512C9BD84340C28C5B4F6EB65F40E28A01949CD84340DC04600F81B65F40E468AE8F9CD84340B88D78C993B65F4059715A1F9BD8434008341672A6B65F40BCD9E84398D84340DDD2B4FDB8B65F4043F51CFF93D843407A33E260CBB65F40011E99538ED84340F7214590DDB65F400014DD4487D843405672A480EFB65F406FD343D77ED843408BF1ED2601B75F403AE3001075D843404E3E3D7812B75F40A61D1DF569D843404085E26923B75F400BF5728D5DD84340601C69F133B75F40F136AAE04FD8434088F99D0444B75F40415033F740D843401400969953B75F405B1542DA30D84340A321B4A662B75F408E11C8931FD84340444EAF2271B75F4035616E2E0DD84340463098047FB75F40991A8FB5F9D7434028B0DE438CB75F4067492E35E5D743404B3D57D898B75F405681F2B9CFD7434001D83FBAA4B75F407A0C1D51B9D7434008DA44E2AFB75F4032BA8108A2D74340557A8549BAB75F40B0537EEE89D743408E0998E9C3B75F4093BBF11171D7434079E48DBCCCB75F40FBBD328257D743400D1AF7BCD4B75F40C196064F3DD74340DFC2E5E5DBB75F40D733978822D74340EE07F132E2B75F40C939693F07D74340E6D637A0E7B75F4082D05184EBD643404E42632AECB75F40C73E6C68CFD64340288CA8CEEFB75F40B55A0FFDB2D64340D3D9CA8AF2B75F40EDD5C25396D643401C901C5DF4B75F40016C347E79D64340DA568044F5B75F40A6F92C8E5CD64340	\N	2024-04-06	approximate	low	\N	{sightline-editors}	Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.	12.560865938495263	12.56487943323864	2026-11-22 08:20:00+00	system:sample-data	\N	\N	\N
4	kwanliso-15-yodok	0106000020E6100000010000000103000000010000000500000052B81E85EBB15F4052B81E85EBD143407B14AE47E1BA5F4052B81E85EBD14340EC51B81E85BB5F409A99999999D943403333333333B35F405C8FC2F528DC434052B81E85EBB15F4052B81E85EBD14340	2024-04-06	\N	digitized	medium	S2A_52SCG_20240406_0_L2A	{hrnk}	Fence line traced on the 2024-04-06 scene.	91.44862011785602	39.147926120833624	2026-11-22 09:55:00+00	user:analyst-kim	\N	\N	\N
\.


--
-- Data for Name: facility_sourced_location; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facility_sourced_location (facility_id, source_id, record_id, name_as_published, location, url, is_primary, note, deleted_at, deleted_by, deletion_reason) FROM stdin;
kwanliso-14-kaechon	hrnk	hrnk-00	Camp 14, Kaechon	0101000020E6100000D9507B5BFA835F407DF7D8A72DC94340	https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp14_v7_highrezFINAL_11_30_15.pdf	t	\N	\N	\N	\N
kwanliso-14-kaechon	wikipedia	Q499011	Kaechon internment camp	0101000020E61000008E0244C18C835F400B9A965819C94340	https://en.wikipedia.org/wiki/Kaechon_internment_camp	f	\N	\N	\N	\N
kwanliso-15-yodok	hrnk	hrnk-02	Camp 15, Yodok	0101000020E6100000E7C2ED7577B65F402B14E97E4ED64340	https://www.hrnk.org/uploads/pdfs/ASA_AnalysisReport_HRNK_Camp15_Final.pdf	t	\N	\N	\N	\N
kwanliso-15-yodok	wikipedia	Q32284	Yodok concentration camp	0101000020E61000009067976F7DB65F402D9622F94AD64340	https://en.wikipedia.org/wiki/Yodok_concentration_camp	f	\N	\N	\N	\N
kwanliso-15-yodok	nkpd	pfbkfpqvule	Yodok Political Prison Camp No.15	0101000020E61000009A90C66981B65F40C48CEA5B83D64340	https://nkpd.io/en/entity/pfbkfpqvule	f	\N	\N	\N	\N
kwanliso-15-yodok	nkdb	hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso	Yodok PPC No. 15, Yodok County, South Hamgyong Province	0101000020E6100000CD3DC2F46EB65F40A44D868172D64340	\N	f	\N	\N	\N	\N
kwanliso-16-hwasong	hrnk	hrnk-03	Camp 16, Hwasong	0101000020E6100000AA1908B8962860401D4B6947BBA44440	https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp16_v8_fullres_FINAL_12_15_15.pdf	t	\N	\N	\N	\N
kwanliso-16-hwasong	wikipedia	Q710433	Hwasong concentration camp	0101000020E6100000BC5AEECC842C6040FFE7305F5EA24440	https://en.wikipedia.org/wiki/Hwasong_concentration_camp	f	10.47 km from the primary location; 0.11 km from the NKDB point hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso	\N	\N	\N
kwanliso-16-hwasong	nkdb	hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso	Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province	0101000020E6100000C90B25E28F2C60404D609C345CA24440	\N	f	10.58 km from the primary location; 0.11 km from the Wikipedia point Q710433	\N	\N	\N
kyohwaso-12-jongori	hrnk	hrnk-20	Kyo-hwa-so No. 12, Jongo-ri	0101000020E6100000CBAB297F2D386040F2B6D26BB31A4540	https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp12_201608_v10_LR.pdf	t	\N	\N	\N	\N
kyohwaso-12-jongori	wikipedia	Q5104648	Chongori concentration camp	0101000020E6100000CDCB61F71D38604070CE88D2DE1A4540	https://en.wikipedia.org/wiki/Chongori_concentration_camp	f	\N	\N	\N	\N
kyohwaso-12-jongori	nkpd	iz28m1du339	Chongori Re-education Camp	0101000020E610000063B48EAA26386040BB44F5D6C01A4540	https://nkpd.io/en/entity/iz28m1du339	f	\N	\N	\N	\N
kyohwaso-12-jongori	nkdb	hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun	Chongori Prison No. 12, Hoeryong City, North Hamgyong Province	0101000020E6100000A5736BBF223860405E2757EDE91A4540	\N	f	\N	\N	\N	\N
jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132	nkpd	u4jhtq8wzaj	Chagang Provincial MPS Holding Centre (Manpo)	0101000020E61000003E3E213BEF925F40D57D5B0B0E954440	https://nkpd.io/en/entity/u4jhtq8wzaj	t	\N	\N	\N	\N
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	001	postgis	SQL	V001__postgis.sql	1960086757	sightline	2026-12-07 08:37:09.990955	1007	t
2	002	facilities	SQL	V002__facilities.sql	1473077752	sightline	2026-12-07 08:37:10.666856	102	t
3	003	access audit custody	SQL	V003__access_audit_custody.sql	1814171658	sightline	2026-12-07 08:37:11.446873	99	t
4	004	facility registry	SQL	V004__facility_registry.sql	-564859745	sightline	2026-12-07 08:37:12.16842	137	t
5	005	zones	SQL	V005__zones.sql	-229311293	sightline	2026-12-07 08:37:12.88498	101	t
6	006	source dates	SQL	V006__source_dates.sql	1471219756	sightline	2026-12-07 08:37:13.569853	62	t
7	007	scenes	SQL	V007__scenes.sql	-838060306	sightline	2026-12-07 08:37:14.718859	162	t
8	008	scene search index	SQL	V008__scene_search_index.sql	433584070	sightline	2026-12-07 08:37:15.956488	159	t
9	009	scene item storage	SQL	V009__scene_item_storage.sql	-1135794962	sightline	2026-12-07 08:37:17.068714	94	t
\.


--
-- Data for Name: login_attempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_attempt (id, username, remote_address, attempted_at, succeeded) FROM stdin;
1	analyst-kim	127.0.0.1	2026-11-22 09:20:00+00	f
2	analyst-kim	127.0.0.1	2026-11-22 09:20:10+00	t
\.


--
-- Data for Name: record_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.record_version (id, table_name, record_id, audit_seq, recorded_at, actor, operation, state) FROM stdin;
1	source	hrnk	1	2026-12-07 08:37:17.191492+00	system:sample-data	insert	{"id": "hrnk", "url": "https://www.google.com/maps/d/kml?mid=1uo5xseZysdNTIY-I-rTsXUWWYDu5UnGx&forcekml=1", "via": "github.com/Ahmet-Dedeler/free-north-korea data/raw/hrnk/camps.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09", "title": "North Korea Prison Camp Location Map (Google My Maps)", "licence": "HRNK: unstated; cite HRNK", "publisher": "Committee for Human Rights in North Korea (HRNK)", "retrieved_on": "2026-10-01"}
2	source	wikipedia	2	2026-12-07 08:37:17.216632+00	system:sample-data	insert	{"id": "wikipedia", "url": "https://en.wikipedia.org/", "via": "github.com/Ahmet-Dedeler/free-north-korea (MediaWiki API output; path and commit not recorded in the copied file)", "title": "English Wikipedia articles on North Korean camps (coordinates via the MediaWiki API)", "licence": "CC BY-SA 4.0", "publisher": "Wikipedia contributors (English Wikipedia)", "retrieved_on": null}
3	source	nkpd	3	2026-12-07 08:37:17.217209+00	system:sample-data	insert	{"id": "nkpd", "url": "https://nkpd.io/", "via": "github.com/Ahmet-Dedeler/free-north-korea data/raw/nkpd/facilities.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09", "title": "North Korean Prison Database", "licence": "reported as CC BY-NC 4.0 (unverified)", "publisher": "Korea Future — North Korean Prison Database (NKPD), built on HURIDOCS Uwazi", "retrieved_on": "2026-10-01"}
4	source	nkdb	4	2026-12-07 08:37:17.2174+00	system:sample-data	insert	{"id": "nkdb", "url": "https://www.visualatlas.org/en/density", "via": "github.com/Ahmet-Dedeler/free-north-korea data/raw/visualatlas/locations.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09", "title": "NKDB Visual Atlas (detention-facility subset)", "licence": "NKDB: unstated", "publisher": "Database Center for North Korean Human Rights (NKDB), Visual Atlas", "retrieved_on": "2026-10-01"}
5	source	sightline-editors	5	2026-12-07 08:37:17.217611+00	system:sample-data	insert	{"id": "sightline-editors", "url": null, "via": "server/src/main/resources/sample-data/registry-additions.json", "title": "Editorial additions to the sample data (names in Hangul and romanizations; placeholder search areas)", "licence": "CC0 1.0", "publisher": "Sightline editors", "retrieved_on": null}
6	facility	kwanliso-14-kaechon	6	2026-12-07 08:37:17.267252+00	system:sample-data	insert	{"id": "kwanliso-14-kaechon", "name": "Kwanliso No. 14 Kaechon", "status": "operational", "aliases": ["Camp 14, Kaechon", "Kaechon internment camp"], "name_ko": "개천 14호 관리소", "name_mr": "Kaech'ŏn Kwalliso No. 14", "name_rr": "Gaecheon 14ho Gwalliso", "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.0621556, 39.5717058]}, "province": "South Pyongan Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": null, "description": null, "status_since": null, "facility_type": "kwanliso", "deletion_reason": null, "controlling_agency": null}
7	facility	kwanliso-15-yodok	7	2026-12-07 08:37:17.272633+00	system:sample-data	insert	{"id": "kwanliso-15-yodok", "name": "Kwanliso No. 15 Yodok", "status": "operational", "aliases": ["Camp 15, Yodok", "Yodok concentration camp", "Yodok Political Prison Camp No.15", "Yodok PPC No. 15, Yodok County, South Hamgyong Province"], "name_ko": "요덕 15호 관리소", "name_mr": "Yodŏk Kwalliso No. 15", "name_rr": "Yodeok 15ho Gwalliso", "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.8510413, 39.6742705]}, "province": "South Hamgyong Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": null, "description": null, "status_since": null, "facility_type": "kwanliso", "deletion_reason": null, "controlling_agency": "Ministry of State Security"}
8	facility	kwanliso-16-hwasong	8	2026-12-07 08:37:17.273101+00	system:sample-data	insert	{"id": "kwanliso-16-hwasong", "name": "Kwanliso No. 16 Hwasong", "status": "operational", "aliases": ["Camp 16, Hwasong", "Hwasong concentration camp", "Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province"], "name_ko": "화성 16호 관리소", "name_mr": "Hwasŏng Kwalliso No. 16", "name_rr": "Hwaseong 16ho Gwalliso", "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.2683983, 41.2869653]}, "province": "North Hamgyong Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": null, "description": null, "status_since": null, "facility_type": "kwanliso", "deletion_reason": null, "controlling_agency": null}
9	facility	kyohwaso-12-jongori	9	2026-12-07 08:37:17.273419+00	system:sample-data	insert	{"id": "kyohwaso-12-jongori", "name": "Kyohwaso No. 12 Jongo-ri", "status": "operational", "aliases": ["Chongori concentration camp", "Chongori Prison No. 12, Hoeryong City, North Hamgyong Province", "Chongori Re-education Camp", "Kyo-hwa-so No. 12, Jongo-ri"], "name_ko": null, "name_mr": null, "name_rr": null, "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.7555538, 42.2086005]}, "province": "North Hamgyong Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": null, "description": null, "status_since": null, "facility_type": "kyohwaso", "deletion_reason": null, "controlling_agency": "Ministry of People's Security"}
10	facility	jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132	10	2026-12-07 08:37:17.273649+00	system:sample-data	insert	{"id": "jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132", "name": "Chagang Provincial MPS Holding Centre (Manpo)", "status": "operational", "aliases": [], "name_ko": null, "name_mr": null, "name_rr": null, "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.2958515, 41.1644911]}, "province": "Chagang Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": null, "description": null, "status_since": null, "facility_type": "jipkyulso", "deletion_reason": null, "controlling_agency": "Ministry of People's Security"}
11	facility_sourced_location	kwanliso-14-kaechon/hrnk/hrnk-00	11	2026-12-07 08:37:17.277919+00	system:sample-data	insert	{"url": "https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp14_v7_highrezFINAL_11_30_15.pdf", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.0621556, 39.5717058]}, "record_id": "hrnk-00", "source_id": "hrnk", "deleted_at": null, "deleted_by": null, "is_primary": true, "facility_id": "kwanliso-14-kaechon", "deletion_reason": null, "name_as_published": "Camp 14, Kaechon"}
12	facility_sourced_location	kwanliso-14-kaechon/wikipedia/Q499011	12	2026-12-07 08:37:17.278624+00	system:sample-data	insert	{"url": "https://en.wikipedia.org/wiki/Kaechon_internment_camp", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.055466, 39.571086]}, "record_id": "Q499011", "source_id": "wikipedia", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-14-kaechon", "deletion_reason": null, "name_as_published": "Kaechon internment camp"}
13	facility_sourced_location	kwanliso-15-yodok/hrnk/hrnk-02	13	2026-12-07 08:37:17.279465+00	system:sample-data	insert	{"url": "https://www.hrnk.org/uploads/pdfs/ASA_AnalysisReport_HRNK_Camp15_Final.pdf", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.8510413, 39.6742705]}, "record_id": "hrnk-02", "source_id": "hrnk", "deleted_at": null, "deleted_by": null, "is_primary": true, "facility_id": "kwanliso-15-yodok", "deletion_reason": null, "name_as_published": "Camp 15, Yodok"}
14	facility_sourced_location	kwanliso-15-yodok/wikipedia/Q32284	14	2026-12-07 08:37:17.279774+00	system:sample-data	insert	{"url": "https://en.wikipedia.org/wiki/Yodok_concentration_camp", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.851406, 39.674163]}, "record_id": "Q32284", "source_id": "wikipedia", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-15-yodok", "deletion_reason": null, "name_as_published": "Yodok concentration camp"}
15	facility_sourced_location	kwanliso-15-yodok/nkpd/pfbkfpqvule	15	2026-12-07 08:37:17.284443+00	system:sample-data	insert	{"url": "https://nkpd.io/en/entity/pfbkfpqvule", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.85164875403498, 39.67588376000052]}, "record_id": "pfbkfpqvule", "source_id": "nkpd", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-15-yodok", "deletion_reason": null, "name_as_published": "Yodok Political Prison Camp No.15"}
16	facility_sourced_location	kwanliso-15-yodok/nkdb/hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso	16	2026-12-07 08:37:17.284875+00	system:sample-data	insert	{"url": null, "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.85052222222221, 39.67536944444444]}, "record_id": "hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso", "source_id": "nkdb", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-15-yodok", "deletion_reason": null, "name_as_published": "Yodok PPC No. 15, Yodok County, South Hamgyong Province"}
17	facility_sourced_location	kwanliso-16-hwasong/hrnk/hrnk-03	17	2026-12-07 08:37:17.28525+00	system:sample-data	insert	{"url": "https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp16_v8_fullres_FINAL_12_15_15.pdf", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.2683983, 41.2869653]}, "record_id": "hrnk-03", "source_id": "hrnk", "deleted_at": null, "deleted_by": null, "is_primary": true, "facility_id": "kwanliso-16-hwasong", "deletion_reason": null, "name_as_published": "Camp 16, Hwasong"}
18	facility_sourced_location	kwanliso-16-hwasong/wikipedia/Q710433	18	2026-12-07 08:37:17.285444+00	system:sample-data	insert	{"url": "https://en.wikipedia.org/wiki/Hwasong_concentration_camp", "note": "10.47 km from the primary location; 0.11 km from the NKDB point hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso", "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.391211, 41.268505]}, "record_id": "Q710433", "source_id": "wikipedia", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-16-hwasong", "deletion_reason": null, "name_as_published": "Hwasong concentration camp"}
19	facility_sourced_location	kwanliso-16-hwasong/nkdb/hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso	19	2026-12-07 08:37:17.285616+00	system:sample-data	insert	{"url": null, "note": "10.58 km from the primary location; 0.11 km from the Wikipedia point Q710433", "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.39256388888887, 41.26843888888889]}, "record_id": "hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso", "source_id": "nkdb", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kwanliso-16-hwasong", "deletion_reason": null, "name_as_published": "Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province"}
20	facility_sourced_location	kyohwaso-12-jongori/hrnk/hrnk-20	20	2026-12-07 08:37:17.285805+00	system:sample-data	insert	{"url": "https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp12_201608_v10_LR.pdf", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.7555538, 42.2086005]}, "record_id": "hrnk-20", "source_id": "hrnk", "deleted_at": null, "deleted_by": null, "is_primary": true, "facility_id": "kyohwaso-12-jongori", "deletion_reason": null, "name_as_published": "Kyo-hwa-so No. 12, Jongo-ri"}
21	facility_sourced_location	kyohwaso-12-jongori/wikipedia/Q5104648	21	2026-12-07 08:37:17.285973+00	system:sample-data	insert	{"url": "https://en.wikipedia.org/wiki/Chongori_concentration_camp", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.753658, 42.209925]}, "record_id": "Q5104648", "source_id": "wikipedia", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kyohwaso-12-jongori", "deletion_reason": null, "name_as_published": "Chongori concentration camp"}
22	facility_sourced_location	kyohwaso-12-jongori/nkpd/iz28m1du339	22	2026-12-07 08:37:17.286106+00	system:sample-data	insert	{"url": "https://nkpd.io/en/entity/iz28m1du339", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.75472, 42.20901]}, "record_id": "iz28m1du339", "source_id": "nkpd", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kyohwaso-12-jongori", "deletion_reason": null, "name_as_published": "Chongori Re-education Camp"}
23	facility_sourced_location	kyohwaso-12-jongori/nkdb/hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun	23	2026-12-07 08:37:17.286235+00	system:sample-data	insert	{"url": null, "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.75424166666667, 42.21026388888889]}, "record_id": "hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun", "source_id": "nkdb", "deleted_at": null, "deleted_by": null, "is_primary": false, "facility_id": "kyohwaso-12-jongori", "deletion_reason": null, "name_as_published": "Chongori Prison No. 12, Hoeryong City, North Hamgyong Province"}
24	facility_sourced_location	jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132/nkpd/u4jhtq8wzaj	24	2026-12-07 08:37:17.286396+00	system:sample-data	insert	{"url": "https://nkpd.io/en/entity/u4jhtq8wzaj", "note": null, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.2958515, 41.1644911]}, "record_id": "u4jhtq8wzaj", "source_id": "nkpd", "deleted_at": null, "deleted_by": null, "is_primary": true, "facility_id": "jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132", "deletion_reason": null, "name_as_published": "Chagang Provincial MPS Holding Centre (Manpo)"}
25	facility_boundary	1	25	2026-12-07 08:37:17.347602+00	system:sample-data	insert	{"id": 1, "note": "Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.", "basis": "approximate", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.0854106991499, 39.57229186468282], [126.08541969714138, 39.571408062502606], [126.08537264957381, 39.57052498311608], [126.08526967192606, 39.569644753949845], [126.08511101439967, 39.5687694954835], [126.08489706129572, 39.567901316141906], [126.08462833006895, 39.56704230721724], [126.08430547006168, 39.566194537833134], [126.08392926092083, 39.56536004996283], [126.0835006107018, 39.56454085351362], [126.08302055366443, 39.56373892148909], [126.08249024776556, 39.56295618524089], [126.0819109718559, 39.56219452982149], [126.08128412258627, 39.56145578944896], [126.08061121103239, 39.560741743094695], [126.07989385904548, 39.560054110204646], [126.0791337953379, 39.55939454656427], [126.0783328513132, 39.55876464031712], [126.077492956651, 39.55816590814664], [126.07661613465672, 39.55759979163013], [126.0757044973882, 39.5570676537738], [126.07476024057014, 39.55657077573702], [126.07378563830933, 39.55611035375363], [126.07278303762253, 39.555687496257775], [126.07175485279109, 39.55530322122085], [126.07070355955486, 39.55495845370613], [126.06963168916, 39.554654023646854], [126.06854182227461, 39.55439066385306], [126.06743658278658, 39.55416900825174], [126.06631863149889, 39.55398959036483], [126.06519065973684, 39.55385284202833], [126.06405538288291, 39.553759092355854], [126.06291553385442, 39.55370856694881], [126.06177385653945, 39.55370138735542], [126.06063309920695, 39.553737570779404], [126.05949600790645, 39.55381703003959], [126.05836531987286, 39.55393957377993], [126.05724375695299, 39.55410490692988], [126.05613401906801, 39.554312631413865], [126.05503877772881, 39.55456224710809], [126.05396066961868, 39.55485315304241], [126.05290229025904, 39.55518464884458], [126.05186618777356, 39.55555593642327], [126.05085485676457, 39.55596612188567], [126.04987073231774, 39.556414217685585], [126.04891618414804, 39.55689914499656], [126.04799351090179, 39.5574197363042], [126.04710493462812, 39.557974738212025], [126.0462525954332, 39.55856281445376], [126.0454385463297, 39.55918254910498], [126.04466474829434, 39.55983244998646], [126.04393306554515, 39.56051095225114], [126.0432452610496, 39.561216422146096], [126.04260299227495, 39.56194716094049], [126.04200780719047, 39.562701409010145], [126.0414611405318, 39.56347735006915], [126.04096431033587, 39.56427311553798], [126.04051851475566, 39.5650867890381], [126.04012482916147, 39.56591641100199], [126.03978420353695, 39.56675998338779], [126.0394974601754, 39.56761547448699], [126.0392652916824, 39.568480823813935], [126.03908825929001, 39.5693539470651], [126.03896679148613, 39.57023274113667], [126.03890118296289, 39.571115089187806], [126.03889159388703, 39.57199886573795], [126.03893804949355, 39.57288194178554], [126.03904044000451, 39.57376218993617], [126.0391985208728, 39.574637489527376], [126.03941191335089, 39.57550573173826], [126.03968010538316, 39.57636482467118], [126.04000245282003, 39.57721269839347], [126.04037818095091, 39.57804730992702], [126.04080638635274, 39.5788666481736], [126.04128603904965, 39.57966873876407], [126.04181598497865, 39.58045164881968], [126.04239494875587, 39.58121349161412], [126.04302153673642, 39.581952431124755], [126.04369424036095, 39.582666686462424], [126.04441143978075, 39.58335453616854], [126.04517140775275, 39.5840143223696], [126.04597231379533, 39.58464445477863], [126.04681222859477, 39.58524341453417], [126.04768912865165, 39.58580975786712], [126.04860090115639, 39.58634211958693], [126.04954534908181, 39.58683921637827], [126.05052019648075, 39.58729984990061], [126.05152309397553, 39.58772290968252], [126.0525516244265, 39.58810737580453], [126.05360330876526, 39.58845232136309], [126.05467561197908, 39.588756914710295], [126.05576594923163, 39.58902042146356], [126.05687169210508, 39.58924220628059], [126.05799017494859, 39.589421734395025], [126.0591187013177, 39.58955857290932], [126.06025455048874, 39.58965239184142], [126.06139498403266, 39.589702964922864], [126.06253725243221, 39.58971017014633], [126.0636786017259, 39.58967399006126], [126.06481628016338, 39.58959451181667], [126.0659475448552, 39.589471926951454], [126.06706966840107, 39.58930653093217], [126.06817994548067, 39.589098722439886], [126.06927569939035, 39.58884900240746], [126.07035428851053, 39.58855797280985], [126.0714131126873, 39.58822633521023], [126.07244961951328, 39.587854889065575], [126.07346131049205, 39.58744452979572], [126.07444574707124, 39.58699624662071], [126.07540055652991, 39.58651112017158], [126.07632343770537, 39.58599031988051], [126.07721216654599, 39.5854351011566], [126.07806460147634, 39.584846802354164], [126.07887868856176, 39.58422684154105], [126.0796524664597, 39.58357671307453], [126.08038407114614, 39.582897983993405], [126.08107174040535, 39.58219229023501], [126.08171381807247, 39.5814613326861], [126.08230875801873, 39.580706873077524], [126.08285512786931, 39.5799307297325], [126.08335161244564, 39.57913477317864], [126.08379701692334, 39.57832092163474], [126.0841902696986, 39.57749113638296], [126.08453042495601, 39.576647417037734], [126.08481666493226, 39.57579179672287], [126.08504830186953, 39.57492633716844], [126.08522477965498, 39.574053123739496], [126.08534567514192, 39.57317426040835], [126.0854106991499, 39.57229186468282]]]]}, "scene_id": null, "valid_to": null, "validity": "(,)", "area_sq_km": 12.551679631122806, "confidence": "low", "created_at": "2026-11-22T08:20:00+00:00", "created_by": "system:sample-data", "deleted_at": null, "deleted_by": null, "source_ids": ["sightline-editors"], "valid_from": null, "facility_id": "kwanliso-14-kaechon", "perimeter_km": 12.56028397166884, "deletion_reason": null}
26	facility_boundary	2	26	2026-12-07 08:37:17.350195+00	system:sample-data	insert	{"id": 2, "note": "Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.", "basis": "approximate", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.87434494526988, 39.67469956584982], [126.87434397056974, 39.67381543177885], [126.87428685804917, 39.67293239953385], [126.87417374744086, 39.672052596392035], [126.8740049133576, 39.67117814177104], [126.87378076461019, 39.670311142124035], [126.8735018432027, 39.66945368586685], [126.87316882300736, 39.66860783834942], [126.8727825081226, 39.66777563688336], [126.87234383091841, 39.666959085837874], [126.87185384977376, 39.666160151815674], [126.87131374651186, 39.66538075892046], [126.8707248235393, 39.66462278412731], [126.87008850069667, 39.66388805276725], [126.8694063118275, 39.66317833413645], [126.86867990107467, 39.662495337241], [126.86791101891296, 39.6618407066872], [126.86710151792728, 39.66121601872706], [126.86625334834699, 39.66062277746891], [126.8653685533469, 39.66006241126166], [126.86444926412658, 39.65953626926169], [126.86349769477935, 39.659045618190525], [126.86251613696373, 39.65859163929079], [126.86150695439001, 39.65817542548805], [126.86047257713486, 39.65779797876506], [126.85941549579807, 39.657460207754696], [126.858338255515, 39.65716292555745], [126.85724344983922, 39.656906847788605], [126.85613371450995, 39.65669259085958], [126.85501172111918, 39.65652067049778], [126.85388017069327, 39.65639150050842], [126.85274178720486, 39.65630539178114], [126.85159931103009, 39.65626255154379], [126.8504554923669, 39.656263082865316], [126.84931308462993, 39.65630698440876], [126.84817483783807, 39.65639415043509], [126.84704349200996, 39.65652437105759], [126.84592177058326, 39.656697332746596], [126.84481237387389, 39.65691261908305], [126.84371797258977, 39.657169711759146], [126.8426412014155, 39.65746799182374], [126.84158465268283, 39.657806741169594], [126.84055087014166, 39.65818514425881], [126.83954234284717, 39.65860229008222], [126.83856149917715, 39.659057174348526], [126.83761070099374, 39.65954870189734], [126.83669223796402, 39.66007568933094], [126.8358083220524, 39.66063686785802], [126.83496108219872, 39.661230886343], [126.83415255919388, 39.66185631455338], [126.83338470076652, 39.66251164659752], [126.83265935689117, 39.66319530454461], [126.83197827533043, 39.66390564221802], [126.831343097421, 39.66464094915337], [126.83075535411442, 39.66539945471147], [126.83021646228156, 39.666179332336284], [126.82972772129023, 39.66697870394829], [126.829290309864, 39.66779564446179], [126.82890528323001, 39.66862818641638], [126.82857357056281, 39.66947432471059], [126.82829597273042, 39.670332021427], [126.82807316034803, 39.67119921073685], [126.82790567214488, 39.6720738038726], [126.82779391364728, 39.672953694156355], [126.82773815618229, 39.67383676207232], [126.82773853620387, 39.67472088037065], [126.82779505494373, 39.67560391919089], [126.82790757838755, 39.67648375119257], [126.82807583757732, 39.67735825668005], [126.82829942923874, 39.67822532871032], [126.82857781673277, 39.679082878170455], [126.82891033132908, 39.67992883881293], [126.8292961737984, 39.680761172236686], [126.8297344163204, 39.68157787280166], [126.83022400470227, 39.682376972465214], [126.83076376090342, 39.68315654552843], [126.83135238585955, 39.683914713281105], [126.8319884626002, 39.68464964853391], [126.83267045965195, 39.68535958002708], [126.83339673471914, 39.68604279670454], [126.83416553863381, 39.68669765184339], [126.83497501956454, 39.6873225670287], [126.83582322747517, 39.68791603596388], [126.83670811882172, 39.68847662810735], [126.83762756147675, 39.68900299212685], [126.83857933986931, 39.68949385916266], [126.83956116032766, 39.68994804589232], [126.84057065661209, 39.69036445738874], [126.84160539562473, 39.690742089765266], [126.8426628832819, 39.69108003260107], [126.84374057053513, 39.69137747114089], [126.84483585952626, 39.69163368826379], [126.8459461098615, 39.691848066216295], [126.8470686449891, 39.692020088105465], [126.84820075866543, 39.6921493391483], [126.84933972149344, 39.6922355076746], [126.85048278751768, 39.69227838588064], [126.85162720085958, 39.692277870331765], [126.85277020237743, 39.692233962213045], [126.8539090363339, 39.692146767326875], [126.85504095705569, 39.692016495837855], [126.85616323556852, 39.69184346176554], [126.85727316619146, 39.69162808222609], [126.85836807307473, 39.691370876424905], [126.85944531666443, 39.69107246440258], [126.86050230007933, 39.69073356553717], [126.86153647538322, 39.69035499680657], [126.86254534973841, 39.68993767081509], [126.86352649142475, 39.689482593589226], [126.86447753571002, 39.68899086214761], [126.86539619055706, 39.68846366185163], [126.86628024215412, 39.687902263542504], [126.86712756025472, 39.68730802047248], [126.86793610331426, 39.68668236503691], [126.86870392341113, 39.686026805315734], [126.86942917093985, 39.68534292143245], [126.87011009906576, 39.68463236173956], [126.87074506792972, 39.68389683883959], [126.87133254859347, 39.68313812545161], [126.87187112671553, 39.68235805013315], [126.87235950594932, 39.68155849286769], [126.87279651105517, 39.68074138052878], [126.87318109071904, 39.67990868223166], [126.87351232007094, 39.67906240458343], [126.87378940289747, 39.6782045868436], [126.87401167354312, 39.67733729600642], [126.87417859849602, 39.6764626218172], [126.87428977765416, 39.67558267173445], [126.87434494526988, 39.67469956584982]]]]}, "scene_id": null, "valid_to": null, "validity": "(,)", "area_sq_km": 12.560865938495263, "confidence": "low", "created_at": "2026-11-22T08:20:00+00:00", "created_by": "system:sample-data", "deleted_at": null, "deleted_by": null, "source_ids": ["sightline-editors"], "valid_from": null, "facility_id": "kwanliso-15-yodok", "perimeter_km": 12.56487943323864, "deletion_reason": null}
27	facility_boundary	3	27	2026-12-07 08:37:17.350925+00	system:sample-data	insert	{"id": 3, "note": "Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.", "basis": "approximate", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[129.29228267510703, 41.28690713764712], [129.2922499610501, 41.28602323962997], [129.29215978883738, 41.285141616887714], [129.29201237800012, 41.28426439318604], [129.29180808591516, 41.28339368160973], [129.29154740692238, 41.28253157947419], [129.2912309711127, 41.28168016327581], [129.2908595427901, 41.28084148369319], [129.2904340186111, 41.28001756065134], [129.28995542540713, 41.27921037846047], [129.2894249176941, 41.27842188104147], [129.28884377487637, 41.27765396724899], [129.28821339815144, 41.27690848630384], [129.28753530712305, 41.276187233345176], [129.28681113613106, 41.27549194511355], [129.2860426303068, 41.27482429577476], [129.28523164136382, 41.27418589289484], [129.28438012313396, 41.273578273575545], [129.2834901268594, 41.273002900759664], [129.28256379625256, 41.27246115971499], [129.2816033623353, 41.27195435470531], [129.28061113806967, 41.2714837058564], [129.27958951279385, 41.2710503462244], [129.2785409464756, 41.27065531907377], [129.2774679637977, 41.27029957537086], [129.27637314808953, 41.26998397149979], [129.2752591351185, 41.269709267205286], [129.27412860675722, 41.26947612376792], [129.27298428454066, 41.26928510241596], [129.271828923129, 41.26913666297738], [129.2706653036918, 41.26903116277568], [129.269496227229, 41.26896885577166], [129.2683245078449, 41.26894989195351], [129.26715296599068, 41.26897431697663], [129.26598442169222, 41.269042072053914], [129.26482168777875, 41.26915299409684], [129.26366756312837, 41.26930681610702], [129.2625248259472, 41.26950316781728], [129.26139622709715, 41.26974157658075], [129.26028448348927, 41.27002146850588], [129.25919227155728, 41.27034216983459], [129.25812222082777, 41.27070290856033], [129.25707690760188, 41.27110281628223], [129.25605884876356, 41.27154093029101], [129.25507049572943, 41.27201619588129], [129.2541142285543, 41.27252746888544], [129.25319235020694, 41.273073518422265], [129.2523070810293, 41.273653029854486], [129.25146055339277, 41.27426460794767], [129.25065480656426, 41.27490678022326], [129.2498917817942, 41.27557800049749], [129.24917331763876, 41.276276652597986], [129.24850114552717, 41.27700105424906], [129.2478768855847, 41.27774946111637], [129.24730204272225, 41.27852007100134], [129.2467780030009, 41.279311028175265], [129.24630603028123, 41.28012042784294], [129.2458872631651, 41.28094632072472], [129.2455227122374, 41.28178671774647], [129.24521325761486, 41.28263959482577], [129.24495964680762, 41.28350289774331], [129.24476249289907, 41.284374547087495], [129.24462227304866, 41.28525244326031], [129.24453932732115, 41.28613447153284], [129.24451385784556, 41.287018507137866], [129.2445459283061, 41.28790242038742], [129.24463546376634, 41.28878408180318], [129.24478225082728, 41.28966136724701], [129.24498593811938, 41.29053216303952], [129.24524603712723, 41.29139437105424], [129.24556192334555, 41.292245913775126], [129.24593283776315, 41.29308473930508], [129.24635788867266, 41.29390882631358], [129.24683605380056, 41.29471618891127], [129.24736618275358, 41.2955048814399], [129.24794699977497, 41.29627300316576], [129.24857710680482, 41.29701870286555], [129.24925498683672, 41.2977401832934], [129.24997900756284, 41.298435705518095], [129.25074742529895, 41.29910359312036], [129.2515583891799, 41.299742236239524], [129.25240994561523, 41.30035009546024], [129.25330004299474, 41.30092570552931], [129.25422653663233, 41.30146767889407], [129.25518719393614, 41.30197470905338], [129.25617969979268, 41.302445573713136], [129.25720166215197, 41.302879137738806], [129.25825061779997, 41.303274355897535], [129.25932403830438, 41.303630275383426], [129.2604193361194, 41.303946038119506], [129.2615338708346, 41.30422088283108], [129.26266495555268, 41.304454146885256], [129.2638098633807, 41.304645267892205], [129.26496583401862, 41.30479378506417], [129.2661300804298, 41.304899340329094], [129.26729979557615, 41.30496167919584], [129.26847215920253, 41.30498065136938], [129.26964434465333, 41.30495621111384], [129.27081352570445, 41.30488841736304], [129.27197688339444, 41.304777433577925], [129.2731316128378, 41.304623527351524], [129.27427493000403, 41.304427069762035], [129.27540407844555, 41.304188534476005], [129.27651633595852, 41.303908496603455], [129.27760902115998, 41.303587631308076], [129.2786794999655, 41.30322671217546], [129.27972519195137, 41.302826609343875], [129.28074357658593, 41.30238828740166], [129.28173219931503, 41.30191280305669], [129.28268867748648, 41.30140130258333], [129.28361070609952, 41.300855019053415], [129.28449606336508, 41.300275269357705], [129.28534261606342, 41.29966345102526], [129.28614832468634, 41.29902103884827], [129.28691124835126, 41.298349581320856], [129.28762954947572, 41.29765069690029], [129.28830149820067, 41.29692607009961], [129.28892547655204, 41.296177447421506], [129.28949998233094, 41.29540663314293], [129.2900236327225, 41.294615484960964], [129.29049516761557, 41.293805909510354], [129.29091345262495, 41.292979857763605], [129.29127748180852, 41.292139320324864], [129.29158638007436, 41.29128632262879], [129.2918394052703, 41.290422920056315], [129.29203594995272, 41.289551192978756], [129.29217554282934, 41.288673241742764], [129.2922578498735, 41.28779118160752], [129.29228267510703, 41.28690713764712]]]]}, "scene_id": null, "valid_to": null, "validity": "(,)", "area_sq_km": 12.571223059353274, "confidence": "low", "created_at": "2026-11-22T08:20:00+00:00", "created_by": "system:sample-data", "deleted_at": null, "deleted_by": null, "source_ids": ["sightline-editors"], "valid_from": null, "facility_id": "kwanliso-16-hwasong", "perimeter_km": 12.57005858085474, "deletion_reason": null}
28	app_user	1	28	2026-12-07 08:37:17.353323+00	system:first-start	insert	{"id": 1, "roles": ["admin"], "version": 1, "username": "admin", "created_at": "2026-11-22T09:00:00+00:00", "created_by": "system:first-start", "display_name": null, "deactivated_at": null, "deactivated_by": null, "deactivation_reason": null, "password_changed_at": "2026-11-22T09:00:00+00:00"}
29	app_user	2	29	2026-12-07 08:37:17.354349+00	user:admin	insert	{"id": 2, "roles": ["analyst"], "version": 1, "username": "analyst-kim", "created_at": "2026-11-22T09:05:00+00:00", "created_by": "user:admin", "display_name": "Kim (imagery)", "deactivated_at": null, "deactivated_by": null, "deactivation_reason": null, "password_changed_at": "2026-11-22T09:05:00+00:00"}
30	app_user	3	30	2026-12-07 08:37:17.35461+00	user:admin	insert	{"id": 3, "roles": ["investigator"], "version": 1, "username": "investigator-lee", "created_at": "2026-11-22T09:06:00+00:00", "created_by": "user:admin", "display_name": "Lee (testimony)", "deactivated_at": null, "deactivated_by": null, "deactivation_reason": null, "password_changed_at": null}
31	app_user	4	31	2026-12-07 08:37:17.354983+00	user:admin	insert	{"id": 4, "roles": ["advocate"], "version": 1, "username": "advocate-park", "created_at": "2026-11-22T09:07:00+00:00", "created_by": "user:admin", "display_name": null, "deactivated_at": null, "deactivated_by": null, "deactivation_reason": null, "password_changed_at": null}
32	app_user	4	32	2026-12-07 08:37:17.355779+00	user:admin	deactivate	{"id": 4, "roles": ["advocate"], "version": 2, "username": "advocate-park", "created_at": "2026-11-22T09:07:00+00:00", "created_by": "user:admin", "display_name": null, "deactivated_at": "2026-11-22T10:30:00+00:00", "deactivated_by": "user:admin", "deactivation_reason": "left the organisation", "password_changed_at": null}
33	auth_token	1	33	2026-12-07 08:37:17.358476+00	user:admin	insert	{"id": 1, "kind": "api", "label": "testimony import script", "user_id": 3, "created_at": "2026-11-22T09:10:00+00:00", "created_by": "user:admin", "expires_at": "2099-01-01T00:00:00+00:00", "revoked_at": null, "revoked_by": null, "token_prefix": "slt_FirstR", "revocation_reason": null}
34	auth_token	2	34	2026-12-07 08:37:17.359425+00	user:admin	insert	{"id": 2, "kind": "api", "label": "old laptop", "user_id": 3, "created_at": "2026-11-22T09:11:00+00:00", "created_by": "user:admin", "expires_at": "2099-01-01T00:00:00+00:00", "revoked_at": null, "revoked_by": null, "token_prefix": "slt_Revoke", "revocation_reason": null}
35	auth_token	2	35	2026-12-07 08:37:17.36021+00	user:admin	revoke	{"id": 2, "kind": "api", "label": "old laptop", "user_id": 3, "created_at": "2026-11-22T09:11:00+00:00", "created_by": "user:admin", "expires_at": "2099-01-01T00:00:00+00:00", "revoked_at": "2026-11-22T09:12:00+00:00", "revoked_by": "user:admin", "token_prefix": "slt_Revoke", "revocation_reason": "laptop lost"}
36	login_attempt	1	36	2026-12-07 08:37:17.362001+00	system:login	insert	{"id": 1, "username": "analyst-kim", "succeeded": false, "attempted_at": "2026-11-22T09:20:00+00:00", "remote_address": "127.0.0.1"}
37	login_attempt	2	37	2026-12-07 08:37:17.362545+00	system:login	insert	{"id": 2, "username": "analyst-kim", "succeeded": true, "attempted_at": "2026-11-22T09:20:10+00:00", "remote_address": "127.0.0.1"}
38	auth_token	3	38	2026-12-07 08:37:17.363333+00	system:login	insert	{"id": 3, "kind": "session", "label": null, "user_id": 2, "created_at": "2026-11-22T09:20:10+00:00", "created_by": "user:analyst-kim", "expires_at": "2026-11-22T21:20:10+00:00", "revoked_at": null, "revoked_by": null, "token_prefix": "slt_Expire", "revocation_reason": null}
39	facility	kwanliso-15-yodok	41	2026-12-07 08:37:17.369431+00	user:analyst-kim	update	{"id": "kwanliso-15-yodok", "name": "Kwanliso No. 15 Yodok", "status": "reduced", "aliases": ["Camp 15, Yodok", "Yodok concentration camp", "Yodok Political Prison Camp No.15", "Yodok PPC No. 15, Yodok County, South Hamgyong Province"], "name_ko": "요덕 15호 관리소", "name_mr": "Yodŏk Kwalliso No. 15", "name_rr": "Yodeok 15ho Gwalliso", "version": 2, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.8510413, 39.6742705]}, "province": "South Hamgyong Province", "published": true, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-11-22T09:50:00+00:00", "updated_by": "user:analyst-kim", "description": "Reduced since the 2024 imagery: the eastern housing blocks are razed.", "status_since": "2024-04-06", "facility_type": "kwanliso", "deletion_reason": null, "controlling_agency": "Ministry of State Security"}
40	facility_boundary	2	42	2026-12-07 08:37:17.371779+00	user:analyst-kim	update	{"id": 2, "note": "Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.", "basis": "approximate", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.87434494526988, 39.67469956584982], [126.87434397056974, 39.67381543177885], [126.87428685804917, 39.67293239953385], [126.87417374744086, 39.672052596392035], [126.8740049133576, 39.67117814177104], [126.87378076461019, 39.670311142124035], [126.8735018432027, 39.66945368586685], [126.87316882300736, 39.66860783834942], [126.8727825081226, 39.66777563688336], [126.87234383091841, 39.666959085837874], [126.87185384977376, 39.666160151815674], [126.87131374651186, 39.66538075892046], [126.8707248235393, 39.66462278412731], [126.87008850069667, 39.66388805276725], [126.8694063118275, 39.66317833413645], [126.86867990107467, 39.662495337241], [126.86791101891296, 39.6618407066872], [126.86710151792728, 39.66121601872706], [126.86625334834699, 39.66062277746891], [126.8653685533469, 39.66006241126166], [126.86444926412658, 39.65953626926169], [126.86349769477935, 39.659045618190525], [126.86251613696373, 39.65859163929079], [126.86150695439001, 39.65817542548805], [126.86047257713486, 39.65779797876506], [126.85941549579807, 39.657460207754696], [126.858338255515, 39.65716292555745], [126.85724344983922, 39.656906847788605], [126.85613371450995, 39.65669259085958], [126.85501172111918, 39.65652067049778], [126.85388017069327, 39.65639150050842], [126.85274178720486, 39.65630539178114], [126.85159931103009, 39.65626255154379], [126.8504554923669, 39.656263082865316], [126.84931308462993, 39.65630698440876], [126.84817483783807, 39.65639415043509], [126.84704349200996, 39.65652437105759], [126.84592177058326, 39.656697332746596], [126.84481237387389, 39.65691261908305], [126.84371797258977, 39.657169711759146], [126.8426412014155, 39.65746799182374], [126.84158465268283, 39.657806741169594], [126.84055087014166, 39.65818514425881], [126.83954234284717, 39.65860229008222], [126.83856149917715, 39.659057174348526], [126.83761070099374, 39.65954870189734], [126.83669223796402, 39.66007568933094], [126.8358083220524, 39.66063686785802], [126.83496108219872, 39.661230886343], [126.83415255919388, 39.66185631455338], [126.83338470076652, 39.66251164659752], [126.83265935689117, 39.66319530454461], [126.83197827533043, 39.66390564221802], [126.831343097421, 39.66464094915337], [126.83075535411442, 39.66539945471147], [126.83021646228156, 39.666179332336284], [126.82972772129023, 39.66697870394829], [126.829290309864, 39.66779564446179], [126.82890528323001, 39.66862818641638], [126.82857357056281, 39.66947432471059], [126.82829597273042, 39.670332021427], [126.82807316034803, 39.67119921073685], [126.82790567214488, 39.6720738038726], [126.82779391364728, 39.672953694156355], [126.82773815618229, 39.67383676207232], [126.82773853620387, 39.67472088037065], [126.82779505494373, 39.67560391919089], [126.82790757838755, 39.67648375119257], [126.82807583757732, 39.67735825668005], [126.82829942923874, 39.67822532871032], [126.82857781673277, 39.679082878170455], [126.82891033132908, 39.67992883881293], [126.8292961737984, 39.680761172236686], [126.8297344163204, 39.68157787280166], [126.83022400470227, 39.682376972465214], [126.83076376090342, 39.68315654552843], [126.83135238585955, 39.683914713281105], [126.8319884626002, 39.68464964853391], [126.83267045965195, 39.68535958002708], [126.83339673471914, 39.68604279670454], [126.83416553863381, 39.68669765184339], [126.83497501956454, 39.6873225670287], [126.83582322747517, 39.68791603596388], [126.83670811882172, 39.68847662810735], [126.83762756147675, 39.68900299212685], [126.83857933986931, 39.68949385916266], [126.83956116032766, 39.68994804589232], [126.84057065661209, 39.69036445738874], [126.84160539562473, 39.690742089765266], [126.8426628832819, 39.69108003260107], [126.84374057053513, 39.69137747114089], [126.84483585952626, 39.69163368826379], [126.8459461098615, 39.691848066216295], [126.8470686449891, 39.692020088105465], [126.84820075866543, 39.6921493391483], [126.84933972149344, 39.6922355076746], [126.85048278751768, 39.69227838588064], [126.85162720085958, 39.692277870331765], [126.85277020237743, 39.692233962213045], [126.8539090363339, 39.692146767326875], [126.85504095705569, 39.692016495837855], [126.85616323556852, 39.69184346176554], [126.85727316619146, 39.69162808222609], [126.85836807307473, 39.691370876424905], [126.85944531666443, 39.69107246440258], [126.86050230007933, 39.69073356553717], [126.86153647538322, 39.69035499680657], [126.86254534973841, 39.68993767081509], [126.86352649142475, 39.689482593589226], [126.86447753571002, 39.68899086214761], [126.86539619055706, 39.68846366185163], [126.86628024215412, 39.687902263542504], [126.86712756025472, 39.68730802047248], [126.86793610331426, 39.68668236503691], [126.86870392341113, 39.686026805315734], [126.86942917093985, 39.68534292143245], [126.87011009906576, 39.68463236173956], [126.87074506792972, 39.68389683883959], [126.87133254859347, 39.68313812545161], [126.87187112671553, 39.68235805013315], [126.87235950594932, 39.68155849286769], [126.87279651105517, 39.68074138052878], [126.87318109071904, 39.67990868223166], [126.87351232007094, 39.67906240458343], [126.87378940289747, 39.6782045868436], [126.87401167354312, 39.67733729600642], [126.87417859849602, 39.6764626218172], [126.87428977765416, 39.67558267173445], [126.87434494526988, 39.67469956584982]]]]}, "scene_id": null, "valid_to": "2024-04-06", "validity": "(,2024-04-06)", "area_sq_km": 12.560865938495263, "confidence": "low", "created_at": "2026-11-22T08:20:00+00:00", "created_by": "system:sample-data", "deleted_at": null, "deleted_by": null, "source_ids": ["sightline-editors"], "valid_from": null, "facility_id": "kwanliso-15-yodok", "perimeter_km": 12.56487943323864, "deletion_reason": null}
41	facility_boundary	4	43	2026-12-07 08:37:17.373538+00	user:analyst-kim	insert	{"id": 4, "note": "Fence line traced on the 2024-04-06 scene.", "basis": "digitized", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.78, 39.64], [126.92, 39.64], [126.93, 39.7], [126.8, 39.72], [126.78, 39.64]]]]}, "scene_id": "S2A_52SCG_20240406_0_L2A", "valid_to": null, "validity": "[2024-04-06,)", "area_sq_km": 91.44862011785602, "confidence": "medium", "created_at": "2026-11-22T09:55:00+00:00", "created_by": "user:analyst-kim", "deleted_at": null, "deleted_by": null, "source_ids": ["hrnk"], "valid_from": "2024-04-06", "facility_id": "kwanliso-15-yodok", "perimeter_km": 39.147926120833624, "deletion_reason": null}
42	zone	1	44	2026-12-07 08:37:17.375824+00	user:analyst-kim	insert	{"id": 1, "kind": "housing", "name": "Eastern housing", "note": "Blocks standing in 2023.", "basis": "digitized", "name_ko": "동부 주거구역", "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.88, 39.66], [126.91, 39.66], [126.91, 39.68], [126.88, 39.68], [126.88, 39.66]]]]}, "scene_id": "S2A_52SCG_20230312_0_L2A", "valid_to": "2024-04-06", "validity": "(,2024-04-06)", "zone_key": "housing-east", "area_sq_km": 5.715970110631943, "confidence": "medium", "created_at": "2026-11-22T10:00:00+00:00", "created_by": "user:analyst-kim", "deleted_at": null, "deleted_by": null, "source_ids": [], "valid_from": null, "facility_id": "kwanliso-15-yodok", "perimeter_km": 9.589342024653783, "deletion_reason": null}
43	zone	2	45	2026-12-07 08:37:17.37722+00	user:analyst-kim	insert	{"id": 2, "kind": "other", "name": "Eastern housing (cleared ground)", "note": "Razed between the 2023 and 2024 scenes.", "basis": "digitized", "name_ko": null, "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.88, 39.66], [126.91, 39.66], [126.91, 39.68], [126.88, 39.68], [126.88, 39.66]]]]}, "scene_id": "S2A_52SCG_20240406_0_L2A", "valid_to": null, "validity": "[2024-04-06,)", "zone_key": "housing-east", "area_sq_km": 5.715970110631943, "confidence": "high", "created_at": "2026-11-22T10:00:00+00:00", "created_by": "user:analyst-kim", "deleted_at": null, "deleted_by": null, "source_ids": [], "valid_from": "2024-04-06", "facility_id": "kwanliso-15-yodok", "perimeter_km": 9.589342024653783, "deletion_reason": null}
44	zone	3	46	2026-12-07 08:37:17.377906+00	user:analyst-kim	insert	{"id": 3, "kind": "mine", "name": "Northern mine", "note": null, "basis": "digitized", "name_ko": null, "geometry": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "MultiPolygon", "coordinates": [[[[126.82, 39.69], [126.85, 39.69], [126.85, 39.71], [126.82, 39.71], [126.82, 39.69]]]]}, "scene_id": "S2A_52SCG_20230312_0_L2A", "valid_to": null, "validity": "(,)", "zone_key": "mine-north", "area_sq_km": 5.713526714382172, "confidence": "low", "created_at": "2026-11-22T10:00:00+00:00", "created_by": "user:analyst-kim", "deleted_at": null, "deleted_by": null, "source_ids": [], "valid_from": null, "facility_id": "kwanliso-15-yodok", "perimeter_km": 9.58713767567452, "deletion_reason": null}
45	facility	kuryujang-hoeryong-reported	47	2026-12-07 08:37:17.37888+00	user:analyst-kim	insert	{"id": "kuryujang-hoeryong-reported", "name": "Hoeryong detention site (reported)", "status": "unconfirmed", "aliases": [], "name_ko": "회령 구류장", "name_mr": null, "name_rr": null, "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [129.745, 42.44]}, "province": "North Hamgyong Province", "published": false, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": "user:analyst-kim", "description": "Reported by one witness; location within about 2 km.", "status_since": null, "facility_type": "kuryujang", "deletion_reason": null, "controlling_agency": null}
46	facility	other-yodok-duplicate	48	2026-12-07 08:37:17.379073+00	user:analyst-kim	insert	{"id": "other-yodok-duplicate", "name": "Yodok camp (duplicate entry)", "status": "unconfirmed", "aliases": [], "name_ko": null, "name_mr": null, "name_rr": null, "version": 1, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.85, 39.67]}, "province": "South Hamgyong Province", "published": false, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": null, "deleted_by": null, "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": "user:analyst-kim", "description": null, "status_since": null, "facility_type": "other", "deletion_reason": null, "controlling_agency": null}
47	facility	other-yodok-duplicate	49	2026-12-07 08:37:17.379749+00	user:analyst-kim	soft-delete	{"id": "other-yodok-duplicate", "name": "Yodok camp (duplicate entry)", "status": "unconfirmed", "aliases": [], "name_ko": null, "name_mr": null, "name_rr": null, "version": 2, "location": {"crs": {"type": "name", "properties": {"name": "EPSG:4326"}}, "type": "Point", "coordinates": [126.85, 39.67]}, "province": "South Hamgyong Province", "published": false, "created_at": "2026-12-07T08:37:17.164033+00:00", "deleted_at": "2026-11-22T10:05:00+00:00", "deleted_by": "user:analyst-kim", "updated_at": "2026-12-07T08:37:17.164033+00:00", "updated_by": "user:analyst-kim", "description": null, "status_since": null, "facility_type": "other", "deletion_reason": "duplicate of kwanliso-15-yodok", "controlling_agency": null}
48	evidence_item	1	51	2026-12-07 08:37:17.381611+00	user:investigator-lee	insert	{"id": 1, "sha256": "5f3c9d1f7b0a4e2d8c6b9a1e3f5d7c9b1a3e5f7d9c1b3a5e7f9d1c3b5a7e9f1d", "media_type": "image/png", "size_bytes": 48213, "description": "Sketch map drawn by a former detainee (consent on file).", "received_at": "2026-11-22T10:10:00+00:00", "uploaded_by": "user:investigator-lee", "withdrawn_at": null, "withdrawn_by": null, "original_filename": "yodok-sketch-2019.png", "withdrawal_reason": null}
\.


--
-- Data for Name: scene; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scene (collection, id, acquired_at, start_at, end_at, footprint, bbox_west, bbox_south, bbox_east, bbox_north, platform, constellation, instruments, gsd_m, cloud_cover_pct, off_nadir_deg, sun_elevation_deg, sun_azimuth_deg, providers, license, thumbnail_url, visual_url, stac_version, item, content_sha256, version, ingested_at, ingested_by) FROM stdin;
sentinel-2-l2a	S2A_52SCG_20230312_0_L2A	2023-03-12 02:16:31+00	\N	\N	0106000020E610000001000000010300000001000000050000000000000000B05F40CDCCCCCCCCCC43400000000000B05F400000000000E04340CDCCCCCCCCBC5F400000000000E04340CDCCCCCCCCBC5F40CDCCCCCCCCCC43400000000000B05F40CDCCCCCCCCCC4340	126.75	39.6	126.95	39.75	sentinel-2a	sentinel-2	{msi}	10	3.2	\N	30.5	160.2	{ESA}	proprietary	\N	\N	1.0.0	{"type":"Feature","stac_version":"1.0.0","id":"S2A_52SCG_20230312_0_L2A","collection":"sentinel-2-l2a","geometry":{"type":"Polygon","coordinates":[[[126.75,39.6],[126.95,39.6],[126.95,39.75],[126.75,39.75],[126.75,39.6]]]},"bbox":[126.75,39.6,126.95,39.75],"properties":{"datetime":"2023-03-12T02:16:31Z","platform":"sentinel-2a","constellation":"sentinel-2","instruments":["msi"],"gsd":10,"eo:cloud_cover":3.2},"links":[],"assets":{}}	383877d3612a4701ff5b0e05875e33f12f379b1f0a37b8106bc6326e89e3d18b	1	2026-11-22 09:30:00+00	user:analyst-kim
sentinel-2-l2a	S2A_52SCG_20240406_0_L2A	2024-04-06 02:16:29+00	\N	\N	0106000020E610000001000000010300000001000000050000000000000000B05F40CDCCCCCCCCCC43400000000000B05F400000000000E04340CDCCCCCCCCBC5F400000000000E04340CDCCCCCCCCBC5F40CDCCCCCCCCCC43400000000000B05F40CDCCCCCCCCCC4340	126.75	39.6	126.95	39.75	sentinel-2a	sentinel-2	{msi}	10	0.4	\N	30.5	160.2	{ESA}	proprietary	\N	\N	1.0.0	{"type":"Feature","stac_version":"1.0.0","id":"S2A_52SCG_20240406_0_L2A","collection":"sentinel-2-l2a","geometry":{"type":"Polygon","coordinates":[[[126.75,39.6],[126.95,39.6],[126.95,39.75],[126.75,39.75],[126.75,39.6]]]},"bbox":[126.75,39.6,126.95,39.75],"properties":{"datetime":"2024-04-06T02:16:29Z","platform":"sentinel-2a","constellation":"sentinel-2","instruments":["msi"],"gsd":10,"eo:cloud_cover":0.4},"links":[],"assets":{}}	190f65949d590b44cc2cbeec3d6e13049f831427a6fc3c56cfddf063592a9029	1	2026-11-22 09:30:00+00	user:analyst-kim
sentinel-2-l2a	S2B_52SCG_20250521_0_L2A	2025-05-21 02:16:40+00	\N	\N	0106000020E610000001000000010300000001000000050000000000000000B05F40CDCCCCCCCCCC43400000000000B05F400000000000E04340CDCCCCCCCCBC5F400000000000E04340CDCCCCCCCCBC5F40CDCCCCCCCCCC43400000000000B05F40CDCCCCCCCCCC4340	126.75	39.6	126.95	39.75	sentinel-2a	sentinel-2	{msi}	10	11.7	\N	30.5	160.2	{ESA}	proprietary	\N	\N	1.0.0	{"type":"Feature","stac_version":"1.0.0","id":"S2B_52SCG_20250521_0_L2A","collection":"sentinel-2-l2a","geometry":{"type":"Polygon","coordinates":[[[126.75,39.6],[126.95,39.6],[126.95,39.75],[126.75,39.75],[126.75,39.6]]]},"bbox":[126.75,39.6,126.95,39.75],"properties":{"datetime":"2025-05-21T02:16:40Z","platform":"sentinel-2a","constellation":"sentinel-2","instruments":["msi"],"gsd":10,"eo:cloud_cover":11.7},"links":[],"assets":{}}	41fa253c31d3c88dd290bbe7bcfb145f380be1c973b716d3eba45b9a0edb618c	2	2026-11-22 09:45:00+00	user:analyst-kim
\.


--
-- Data for Name: scene_previous; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scene_previous (collection, id, version, item, content_sha256, ingested_at, ingested_by, replaced_at, replaced_by) FROM stdin;
sentinel-2-l2a	S2B_52SCG_20250521_0_L2A	1	{"type":"Feature","stac_version":"1.0.0","id":"S2B_52SCG_20250521_0_L2A","collection":"sentinel-2-l2a","geometry":{"type":"Polygon","coordinates":[[[126.75,39.6],[126.95,39.6],[126.95,39.75],[126.75,39.75],[126.75,39.6]]]},"bbox":[126.75,39.6,126.95,39.75],"properties":{"datetime":"2025-05-21T02:16:40Z","platform":"sentinel-2a","constellation":"sentinel-2","instruments":["msi"],"gsd":10,"eo:cloud_cover":12.9},"links":[],"assets":{}}	799f9e94664db2b4cddd65aae3a02b33a997f9ef404251c3fbde2e81a6f9106e	2026-11-22 09:30:00+00	user:analyst-kim	2026-11-22 09:45:00+00	user:analyst-kim
\.


--
-- Data for Name: source; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.source (id, publisher, title, url, licence, via, retrieved_on) FROM stdin;
hrnk	Committee for Human Rights in North Korea (HRNK)	North Korea Prison Camp Location Map (Google My Maps)	https://www.google.com/maps/d/kml?mid=1uo5xseZysdNTIY-I-rTsXUWWYDu5UnGx&forcekml=1	HRNK: unstated; cite HRNK	github.com/Ahmet-Dedeler/free-north-korea data/raw/hrnk/camps.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09	2026-10-01
wikipedia	Wikipedia contributors (English Wikipedia)	English Wikipedia articles on North Korean camps (coordinates via the MediaWiki API)	https://en.wikipedia.org/	CC BY-SA 4.0	github.com/Ahmet-Dedeler/free-north-korea (MediaWiki API output; path and commit not recorded in the copied file)	\N
nkpd	Korea Future — North Korean Prison Database (NKPD), built on HURIDOCS Uwazi	North Korean Prison Database	https://nkpd.io/	reported as CC BY-NC 4.0 (unverified)	github.com/Ahmet-Dedeler/free-north-korea data/raw/nkpd/facilities.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09	2026-10-01
nkdb	Database Center for North Korean Human Rights (NKDB), Visual Atlas	NKDB Visual Atlas (detention-facility subset)	https://www.visualatlas.org/en/density	NKDB: unstated	github.com/Ahmet-Dedeler/free-north-korea data/raw/visualatlas/locations.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09	2026-10-01
sightline-editors	Sightline editors	Editorial additions to the sample data (names in Hangul and romanizations; placeholder search areas)	\N	CC0 1.0	server/src/main/resources/sample-data/registry-additions.json	\N
\.


--
-- Data for Name: spatial_ref_sys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) FROM stdin;
\.


--
-- Data for Name: zone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.zone (id, facility_id, zone_key, name, name_ko, kind, geometry, valid_from, valid_to, basis, confidence, scene_id, source_ids, note, area_sq_km, perimeter_km, created_at, created_by, deleted_at, deleted_by, deletion_reason) FROM stdin;
1	kwanliso-15-yodok	housing-east	Eastern housing	동부 주거구역	housing	0106000020E61000000100000001030000000100000005000000B81E85EB51B85F4014AE47E17AD443400AD7A3703DBA5F4014AE47E17AD443400AD7A3703DBA5F40D7A3703D0AD74340B81E85EB51B85F40D7A3703D0AD74340B81E85EB51B85F4014AE47E17AD44340	\N	2024-04-06	digitized	medium	S2A_52SCG_20230312_0_L2A	{}	Blocks standing in 2023.	5.715970110631943	9.589342024653783	2026-11-22 10:00:00+00	user:analyst-kim	\N	\N	\N
2	kwanliso-15-yodok	housing-east	Eastern housing (cleared ground)	\N	other	0106000020E61000000100000001030000000100000005000000B81E85EB51B85F4014AE47E17AD443400AD7A3703DBA5F4014AE47E17AD443400AD7A3703DBA5F40D7A3703D0AD74340B81E85EB51B85F40D7A3703D0AD74340B81E85EB51B85F4014AE47E17AD44340	2024-04-06	\N	digitized	high	S2A_52SCG_20240406_0_L2A	{}	Razed between the 2023 and 2024 scenes.	5.715970110631943	9.589342024653783	2026-11-22 10:00:00+00	user:analyst-kim	\N	\N	\N
3	kwanliso-15-yodok	mine-north	Northern mine	\N	mine	0106000020E6100000010000000103000000010000000500000014AE47E17AB45F40B81E85EB51D843406666666666B65F40B81E85EB51D843406666666666B65F407B14AE47E1DA434014AE47E17AB45F407B14AE47E1DA434014AE47E17AB45F40B81E85EB51D84340	\N	\N	digitized	low	S2A_52SCG_20230312_0_L2A	{}	\N	5.713526714382172	9.58713767567452	2026-11-22 10:00:00+00	user:analyst-kim	\N	\N	\N
\.


--
-- Name: app_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.app_user_id_seq', 4, true);


--
-- Name: auth_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_token_id_seq', 3, true);


--
-- Name: evidence_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evidence_item_id_seq', 1, true);


--
-- Name: facility_boundary_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.facility_boundary_id_seq', 4, true);


--
-- Name: login_attempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_attempt_id_seq', 2, true);


--
-- Name: record_version_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.record_version_id_seq', 48, true);


--
-- Name: zone_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.zone_id_seq', 3, true);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (seq);


--
-- Name: auth_token auth_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_token
    ADD CONSTRAINT auth_token_pkey PRIMARY KEY (id);


--
-- Name: auth_token auth_token_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_token
    ADD CONSTRAINT auth_token_token_hash_key UNIQUE (token_hash);


--
-- Name: evidence_item evidence_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_item
    ADD CONSTRAINT evidence_item_pkey PRIMARY KEY (id);


--
-- Name: evidence_item evidence_item_sha256_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_item
    ADD CONSTRAINT evidence_item_sha256_key UNIQUE (sha256);


--
-- Name: facility_boundary facility_boundary_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_boundary
    ADD CONSTRAINT facility_boundary_no_overlap EXCLUDE USING gist (facility_id WITH =, validity WITH &&) WHERE ((deleted_at IS NULL));


--
-- Name: facility_boundary facility_boundary_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_boundary
    ADD CONSTRAINT facility_boundary_pkey PRIMARY KEY (id);


--
-- Name: facility facility_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility
    ADD CONSTRAINT facility_pkey PRIMARY KEY (id);


--
-- Name: facility_sourced_location facility_sourced_location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_sourced_location
    ADD CONSTRAINT facility_sourced_location_pkey PRIMARY KEY (facility_id, source_id, record_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: login_attempt login_attempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempt
    ADD CONSTRAINT login_attempt_pkey PRIMARY KEY (id);


--
-- Name: record_version record_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_version
    ADD CONSTRAINT record_version_pkey PRIMARY KEY (id);


--
-- Name: scene scene_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scene
    ADD CONSTRAINT scene_pkey PRIMARY KEY (collection, id);


--
-- Name: scene_previous scene_previous_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scene_previous
    ADD CONSTRAINT scene_previous_pkey PRIMARY KEY (collection, id, version);


--
-- Name: source source_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_pkey PRIMARY KEY (id);


--
-- Name: zone zone_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone
    ADD CONSTRAINT zone_no_overlap EXCLUDE USING gist (facility_id WITH =, zone_key WITH =, validity WITH &&) WHERE ((deleted_at IS NULL));


--
-- Name: zone zone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone
    ADD CONSTRAINT zone_pkey PRIMARY KEY (id);


--
-- Name: app_user_username; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX app_user_username ON public.app_user USING btree (username);


--
-- Name: audit_event_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_entity ON public.audit_event USING btree (entity_type, entity_id, seq);


--
-- Name: auth_token_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_token_user ON public.auth_token USING btree (user_id, created_at DESC);


--
-- Name: facility_boundary_gix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX facility_boundary_gix ON public.facility_boundary USING gist (geometry);


--
-- Name: facility_location_gix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX facility_location_gix ON public.facility USING gist (location);


--
-- Name: facility_search_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX facility_search_trgm ON public.facility USING gin (public.facility_search_text(name, name_ko, name_mr, name_rr, aliases) public.gin_trgm_ops);


--
-- Name: facility_sourced_location_one_primary; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX facility_sourced_location_one_primary ON public.facility_sourced_location USING btree (facility_id) WHERE is_primary;


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: login_attempt_remote; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempt_remote ON public.login_attempt USING btree (remote_address, attempted_at DESC);


--
-- Name: login_attempt_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempt_username ON public.login_attempt USING btree (username, attempted_at DESC);


--
-- Name: record_version_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX record_version_record ON public.record_version USING btree (table_name, record_id, id);


--
-- Name: scene_acquired_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scene_acquired_at ON public.scene USING btree (acquired_at, collection, id);


--
-- Name: scene_footprint_time_gix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scene_footprint_time_gix ON public.scene USING gist (footprint, tstzrange(COALESCE(start_at, acquired_at), COALESCE(end_at, acquired_at), '[]'::text));


--
-- Name: zone_facility; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX zone_facility ON public.zone USING btree (facility_id, zone_key);


--
-- Name: zone_gix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX zone_gix ON public.zone USING gist (geometry);


--
-- Name: app_user app_user_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER app_user_audit AFTER INSERT OR UPDATE ON public.app_user FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id', 'password_hash');


--
-- Name: app_user app_user_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON public.app_user FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: audit_event audit_event_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: audit_event audit_event_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.audit_event FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change();


--
-- Name: auth_token auth_token_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER auth_token_audit AFTER INSERT OR UPDATE ON public.auth_token FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id', 'token_hash');


--
-- Name: auth_token auth_token_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER auth_token_no_delete BEFORE DELETE ON public.auth_token FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: evidence_item evidence_item_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evidence_item_audit AFTER INSERT OR UPDATE ON public.evidence_item FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: evidence_item evidence_item_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evidence_item_no_delete BEFORE DELETE ON public.evidence_item FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: facility facility_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_audit AFTER INSERT OR UPDATE ON public.facility FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: facility_boundary facility_boundary_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_boundary_audit AFTER INSERT OR UPDATE ON public.facility_boundary FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: facility_boundary facility_boundary_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_boundary_no_delete BEFORE DELETE ON public.facility_boundary FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: facility facility_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_no_delete BEFORE DELETE ON public.facility FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: facility_sourced_location facility_sourced_location_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_sourced_location_audit AFTER INSERT OR UPDATE ON public.facility_sourced_location FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('facility_id,source_id,record_id');


--
-- Name: facility_sourced_location facility_sourced_location_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER facility_sourced_location_no_delete BEFORE DELETE ON public.facility_sourced_location FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: login_attempt login_attempt_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER login_attempt_audit AFTER INSERT OR UPDATE ON public.login_attempt FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: login_attempt login_attempt_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER login_attempt_no_delete BEFORE DELETE ON public.login_attempt FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: record_version record_version_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER record_version_append_only BEFORE DELETE OR UPDATE ON public.record_version FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: record_version record_version_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER record_version_no_truncate BEFORE TRUNCATE ON public.record_version FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change();


--
-- Name: scene scene_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER scene_no_delete BEFORE DELETE ON public.scene FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: scene_previous scene_previous_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER scene_previous_no_delete BEFORE DELETE ON public.scene_previous FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: source source_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER source_audit AFTER INSERT OR UPDATE ON public.source FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: source source_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER source_no_delete BEFORE DELETE ON public.source FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: zone zone_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER zone_audit AFTER INSERT OR UPDATE ON public.zone FOR EACH ROW EXECUTE FUNCTION public.audit_row_change('id');


--
-- Name: zone zone_no_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER zone_no_delete BEFORE DELETE ON public.zone FOR EACH ROW EXECUTE FUNCTION public.refuse_change();


--
-- Name: auth_token auth_token_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_token
    ADD CONSTRAINT auth_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- Name: facility_boundary facility_boundary_facility_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_boundary
    ADD CONSTRAINT facility_boundary_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES public.facility(id);


--
-- Name: facility_sourced_location facility_sourced_location_facility_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_sourced_location
    ADD CONSTRAINT facility_sourced_location_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES public.facility(id);


--
-- Name: facility_sourced_location facility_sourced_location_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facility_sourced_location
    ADD CONSTRAINT facility_sourced_location_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.source(id);


--
-- Name: record_version record_version_audit_seq_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_version
    ADD CONSTRAINT record_version_audit_seq_fkey FOREIGN KEY (audit_seq) REFERENCES public.audit_event(seq);


--
-- Name: zone zone_facility_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.zone
    ADD CONSTRAINT zone_facility_id_fkey FOREIGN KEY (facility_id) REFERENCES public.facility(id);


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO sightline_app;


--
-- Name: FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text, p_before_hash text, p_after_hash text, p_detail jsonb); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.audit_append(p_action text, p_entity_type text, p_entity_id text, p_before_hash text, p_after_hash text, p_detail jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION public.audit_append(p_action text, p_entity_type text, p_entity_id text, p_before_hash text, p_after_hash text, p_detail jsonb) TO sightline_app;


--
-- Name: TABLE app_user; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.app_user TO sightline_app;


--
-- Name: SEQUENCE app_user_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.app_user_id_seq TO sightline_app;


--
-- Name: TABLE audit_event; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.audit_event TO sightline_app;


--
-- Name: TABLE auth_token; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.auth_token TO sightline_app;


--
-- Name: SEQUENCE auth_token_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.auth_token_id_seq TO sightline_app;


--
-- Name: TABLE evidence_item; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.evidence_item TO sightline_app;


--
-- Name: SEQUENCE evidence_item_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.evidence_item_id_seq TO sightline_app;


--
-- Name: TABLE facility; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.facility TO sightline_app;


--
-- Name: TABLE facility_boundary; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.facility_boundary TO sightline_app;


--
-- Name: SEQUENCE facility_boundary_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.facility_boundary_id_seq TO sightline_app;


--
-- Name: TABLE facility_sourced_location; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.facility_sourced_location TO sightline_app;


--
-- Name: TABLE geography_columns; Type: ACL; Schema: public; Owner: -
--

REVOKE SELECT ON TABLE public.geography_columns FROM PUBLIC;


--
-- Name: TABLE geometry_columns; Type: ACL; Schema: public; Owner: -
--

REVOKE SELECT ON TABLE public.geometry_columns FROM PUBLIC;


--
-- Name: TABLE login_attempt; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.login_attempt TO sightline_app;


--
-- Name: SEQUENCE login_attempt_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.login_attempt_id_seq TO sightline_app;


--
-- Name: TABLE record_version; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.record_version TO sightline_app;


--
-- Name: SEQUENCE record_version_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.record_version_id_seq TO sightline_app;


--
-- Name: TABLE scene; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.scene TO sightline_app;


--
-- Name: TABLE scene_previous; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.scene_previous TO sightline_app;


--
-- Name: TABLE source; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.source TO sightline_app;


--
-- Name: TABLE zone; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE public.zone TO sightline_app;


--
-- Name: SEQUENCE zone_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT USAGE ON SEQUENCE public.zone_id_seq TO sightline_app;


--
-- PostgreSQL database dump complete
--



-- Sample data of the first release (schema V001-V009, commit df38f8f, 2026-11-22), loaded by
-- scripts/build-upgrade-fixture after that release's migrations. It stands for an installation
-- that ran the first release for a while: the sample loader's facilities from public sources
-- (records copied from that release's sample-data/facilities.geojson and registry-additions.json),
-- then staff at work: users and tokens, logins, edits, a digitized boundary replacing a placeholder,
-- zones, a staff-only facility, a soft-deleted one, a scene ingest with a changed Item, an evidence
-- item and audited reads. Every row is written the way that release wrote it: through the tables'
-- triggers, with the actor set, so the audit chain and the record history are the database's own.
--
-- Fixture-only credentials (tests sign in with them; they protect nothing):
--   admin        password 'first release admin passphrase'
--   analyst-kim  password 'first release analyst passphrase'
--   investigator-lee  API token 'slt_FirstReleaseApiToken0123456789abcdefghijklm'

\set ON_ERROR_STOP on

-- ---------------------------------------------------------------------------------------------
-- The sample loader (system:sample-data): sources, facilities, where each source places them.
SELECT set_config('sightline.actor', 'system:sample-data', false);

INSERT INTO source (id, publisher, title, url, licence, via, retrieved_on) VALUES
  ('hrnk', 'Committee for Human Rights in North Korea (HRNK)',
   'North Korea Prison Camp Location Map (Google My Maps)',
   'https://www.google.com/maps/d/kml?mid=1uo5xseZysdNTIY-I-rTsXUWWYDu5UnGx&forcekml=1',
   'HRNK: unstated; cite HRNK',
   'github.com/Ahmet-Dedeler/free-north-korea data/raw/hrnk/camps.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09',
   '2026-10-01'),
  ('wikipedia', 'Wikipedia contributors (English Wikipedia)',
   'English Wikipedia articles on North Korean camps (coordinates via the MediaWiki API)',
   'https://en.wikipedia.org/', 'CC BY-SA 4.0',
   'github.com/Ahmet-Dedeler/free-north-korea (MediaWiki API output; path and commit not recorded in the copied file)',
   NULL),
  ('nkpd', 'Korea Future — North Korean Prison Database (NKPD), built on HURIDOCS Uwazi',
   'North Korean Prison Database', 'https://nkpd.io/', 'reported as CC BY-NC 4.0 (unverified)',
   'github.com/Ahmet-Dedeler/free-north-korea data/raw/nkpd/facilities.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09',
   '2026-10-01'),
  ('nkdb', 'Database Center for North Korean Human Rights (NKDB), Visual Atlas',
   'NKDB Visual Atlas (detention-facility subset)', 'https://www.visualatlas.org/en/density', 'NKDB: unstated',
   'github.com/Ahmet-Dedeler/free-north-korea data/raw/visualatlas/locations.json @ b094dd6babb26424f8a4f8b3b99bbc7f1f30de09',
   '2026-10-01'),
  ('sightline-editors', 'Sightline editors',
   'Editorial additions to the sample data (names in Hangul and romanizations; placeholder search areas)',
   NULL, 'CC0 1.0', 'server/src/main/resources/sample-data/registry-additions.json', NULL);

INSERT INTO facility (id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, province,
                      controlling_agency, location, published) VALUES
  ('kwanliso-14-kaechon', 'Kwanliso No. 14 Kaechon', '개천 14호 관리소', 'Kaech''ŏn Kwalliso No. 14',
   'Gaecheon 14ho Gwalliso', '{"Camp 14, Kaechon","Kaechon internment camp"}', 'kwanliso', 'operational',
   'South Pyongan Province', NULL, ST_SetSRID(ST_MakePoint(126.0621556, 39.5717058), 4326), true),
  ('kwanliso-15-yodok', 'Kwanliso No. 15 Yodok', '요덕 15호 관리소', 'Yodŏk Kwalliso No. 15',
   'Yodeok 15ho Gwalliso',
   '{"Camp 15, Yodok","Yodok concentration camp","Yodok Political Prison Camp No.15","Yodok PPC No. 15, Yodok County, South Hamgyong Province"}',
   'kwanliso', 'operational', 'South Hamgyong Province', 'Ministry of State Security',
   ST_SetSRID(ST_MakePoint(126.8510413, 39.6742705), 4326), true),
  ('kwanliso-16-hwasong', 'Kwanliso No. 16 Hwasong', '화성 16호 관리소', 'Hwasŏng Kwalliso No. 16',
   'Hwaseong 16ho Gwalliso',
   '{"Camp 16, Hwasong","Hwasong concentration camp","Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province"}',
   'kwanliso', 'operational', 'North Hamgyong Province', NULL,
   ST_SetSRID(ST_MakePoint(129.2683983, 41.2869653), 4326), true),
  ('kyohwaso-12-jongori', 'Kyohwaso No. 12 Jongo-ri', NULL, NULL, NULL,
   '{"Chongori concentration camp","Chongori Prison No. 12, Hoeryong City, North Hamgyong Province","Chongori Re-education Camp","Kyo-hwa-so No. 12, Jongo-ri"}',
   'kyohwaso', 'operational', 'North Hamgyong Province', 'Ministry of People''s Security',
   ST_SetSRID(ST_MakePoint(129.7555538, 42.2086005), 4326), true),
  ('jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132', 'Chagang Provincial MPS Holding Centre (Manpo)',
   NULL, NULL, NULL, '{}', 'jipkyulso', 'operational', 'Chagang Province', 'Ministry of People''s Security',
   ST_SetSRID(ST_MakePoint(126.2958515, 41.1644911), 4326), true);

INSERT INTO facility_sourced_location (facility_id, source_id, record_id, name_as_published, location, url,
                                       is_primary, note) VALUES
  ('kwanliso-14-kaechon', 'hrnk', 'hrnk-00', 'Camp 14, Kaechon', ST_SetSRID(ST_MakePoint(126.0621556, 39.5717058), 4326),
   'https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp14_v7_highrezFINAL_11_30_15.pdf', true, NULL),
  ('kwanliso-14-kaechon', 'wikipedia', 'Q499011', 'Kaechon internment camp', ST_SetSRID(ST_MakePoint(126.055466, 39.571086), 4326),
   'https://en.wikipedia.org/wiki/Kaechon_internment_camp', false, NULL),
  ('kwanliso-15-yodok', 'hrnk', 'hrnk-02', 'Camp 15, Yodok', ST_SetSRID(ST_MakePoint(126.8510413, 39.6742705), 4326),
   'https://www.hrnk.org/uploads/pdfs/ASA_AnalysisReport_HRNK_Camp15_Final.pdf', true, NULL),
  ('kwanliso-15-yodok', 'wikipedia', 'Q32284', 'Yodok concentration camp', ST_SetSRID(ST_MakePoint(126.851406, 39.674163), 4326),
   'https://en.wikipedia.org/wiki/Yodok_concentration_camp', false, NULL),
  ('kwanliso-15-yodok', 'nkpd', 'pfbkfpqvule', 'Yodok Political Prison Camp No.15',
   ST_SetSRID(ST_MakePoint(126.85164875403498, 39.67588376000052), 4326), 'https://nkpd.io/en/entity/pfbkfpqvule', false, NULL),
  ('kwanliso-15-yodok', 'nkdb', 'hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso',
   'Yodok PPC No. 15, Yodok County, South Hamgyong Province',
   ST_SetSRID(ST_MakePoint(126.85052222222221, 39.67536944444444), 4326), NULL, false, NULL),
  ('kwanliso-16-hwasong', 'hrnk', 'hrnk-03', 'Camp 16, Hwasong', ST_SetSRID(ST_MakePoint(129.2683983, 41.2869653), 4326),
   'https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp16_v8_fullres_FINAL_12_15_15.pdf', true, NULL),
  ('kwanliso-16-hwasong', 'wikipedia', 'Q710433', 'Hwasong concentration camp', ST_SetSRID(ST_MakePoint(129.391211, 41.268505), 4326),
   'https://en.wikipedia.org/wiki/Hwasong_concentration_camp', false,
   '10.47 km from the primary location; 0.11 km from the NKDB point hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso'),
  ('kwanliso-16-hwasong', 'nkdb', 'hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso',
   'Hwasong PPC No. 16, Myonggan County (Hwasong County), North Hamgyong Province',
   ST_SetSRID(ST_MakePoint(129.39256388888887, 41.26843888888889), 4326), NULL, false,
   '10.58 km from the primary location; 0.11 km from the Wikipedia point Q710433'),
  ('kyohwaso-12-jongori', 'hrnk', 'hrnk-20', 'Kyo-hwa-so No. 12, Jongo-ri', ST_SetSRID(ST_MakePoint(129.7555538, 42.2086005), 4326),
   'https://www.hrnk.org/uploads/pdfs/ASA_HRNK_Camp12_201608_v10_LR.pdf', true, NULL),
  ('kyohwaso-12-jongori', 'wikipedia', 'Q5104648', 'Chongori concentration camp', ST_SetSRID(ST_MakePoint(129.753658, 42.209925), 4326),
   'https://en.wikipedia.org/wiki/Chongori_concentration_camp', false, NULL),
  ('kyohwaso-12-jongori', 'nkpd', 'iz28m1du339', 'Chongori Re-education Camp', ST_SetSRID(ST_MakePoint(129.75472, 42.20901), 4326),
   'https://nkpd.io/en/entity/iz28m1du339', false, NULL),
  ('kyohwaso-12-jongori', 'nkdb', 'hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun',
   'Chongori Prison No. 12, Hoeryong City, North Hamgyong Province',
   ST_SetSRID(ST_MakePoint(129.75424166666667, 42.21026388888889), 4326), NULL, false, NULL),
  ('jipkyulso-chagang-provincial-mps-holding-centre-manpo-2e8132', 'nkpd', 'u4jhtq8wzaj',
   'Chagang Provincial MPS Holding Centre (Manpo)', ST_SetSRID(ST_MakePoint(126.2958515, 41.1644911), 4326),
   'https://nkpd.io/en/entity/u4jhtq8wzaj', true, NULL);

-- The placeholder search areas: a 2 km circle around the primary location, approximate, low.
INSERT INTO facility_boundary (facility_id, geometry, valid_from, valid_to, basis, confidence, source_ids, note,
                               area_sq_km, perimeter_km, created_at, created_by)
SELECT l.facility_id, c.geom, NULL, NULL, 'approximate', 'low', '{sightline-editors}',
       'Placeholder search area: a 2 km circle around the primary sourced location; no source publishes an outline.',
       ST_Area(c.geom::geography) / 1e6, ST_Perimeter(c.geom::geography) / 1e3,
       '2026-11-22 08:20:00+00', 'system:sample-data'
  FROM facility_sourced_location l
  CROSS JOIN LATERAL (SELECT ST_Multi(ST_Buffer(l.location::geography, 2000, 32)::geometry) AS geom) c
 WHERE l.is_primary AND l.facility_id IN ('kwanliso-14-kaechon', 'kwanliso-15-yodok', 'kwanliso-16-hwasong')
 ORDER BY l.facility_id;

-- ---------------------------------------------------------------------------------------------
-- The first start: the first admin (system:first-start), then the admin's accounts.
SELECT set_config('sightline.actor', 'system:first-start', false);
INSERT INTO app_user (username, display_name, password_hash, roles, created_at, created_by, password_changed_at)
VALUES ('admin', NULL,
        '$argon2id$v=19$m=19456,t=2,p=1$EmJJAHiergFzvPTigeY6WtPZNWHn99Pn1YFJaYdeAaYJ8f1Bcow0eE1yhOLN1L9aO2pZIiS+Lk2f2aSaAo7FPg$+3aOTr8l0HHfKonmOKJuUs3O5MJdUofhimYTLVey2x4',
        '{admin}', '2026-11-22 09:00:00+00', 'system:first-start', '2026-11-22 09:00:00+00');

SELECT set_config('sightline.actor', 'user:admin', false);
INSERT INTO app_user (username, display_name, password_hash, roles, created_at, created_by, password_changed_at)
VALUES ('analyst-kim', 'Kim (imagery)',
        '$argon2id$v=19$m=19456,t=2,p=1$b5FeyTBmPFU/7BeTZ/ZkQUx+EBjVAcRVqWgTzW7OMVBAVhbxp/jfALC5Bzk1y7/dLkOrPEkcF7EHZfaWrUdF5A$s5lyH/sehqnWg5IHGWyYJ4brNZv+v2bWDzwSher48nk',
        '{analyst}', '2026-11-22 09:05:00+00', 'user:admin', '2026-11-22 09:05:00+00'),
       ('investigator-lee', 'Lee (testimony)', NULL, '{investigator}', '2026-11-22 09:06:00+00', 'user:admin', NULL),
       ('advocate-park', NULL, NULL, '{advocate}', '2026-11-22 09:07:00+00', 'user:admin', NULL);
UPDATE app_user SET deactivated_at = '2026-11-22 10:30:00+00', deactivated_by = 'user:admin',
                    deactivation_reason = 'left the organisation', version = version + 1
 WHERE username = 'advocate-park';

-- An API token for the investigator's scripts (its SHA-256 only), and a revoked one.
INSERT INTO auth_token (user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at)
SELECT id, 'api', '9da6c6d4089e14385a53ad4cdc9c21fac2628a980558a5d371b6149ab8333e84', 'slt_FirstR',
       'testimony import script', '2026-11-22 09:10:00+00', 'user:admin', '2099-01-01 00:00:00+00'
  FROM app_user WHERE username = 'investigator-lee';
INSERT INTO auth_token (user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at)
SELECT id, 'api', encode(sha256('slt_RevokedFirstReleaseToken000000000000000000'::bytea), 'hex'), 'slt_Revoke',
       'old laptop', '2026-11-22 09:11:00+00', 'user:admin', '2099-01-01 00:00:00+00'
  FROM app_user WHERE username = 'investigator-lee';
UPDATE auth_token SET revoked_at = '2026-11-22 09:12:00+00', revoked_by = 'user:admin',
                      revocation_reason = 'laptop lost'
 WHERE label = 'old laptop';

-- The analyst's logins: one mistyped, one that opened a session (since expired).
SELECT set_config('sightline.actor', 'system:login', false);
INSERT INTO login_attempt (username, remote_address, attempted_at, succeeded) VALUES
  ('analyst-kim', '127.0.0.1', '2026-11-22 09:20:00+00', false),
  ('analyst-kim', '127.0.0.1', '2026-11-22 09:20:10+00', true);
INSERT INTO auth_token (user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at)
SELECT id, 'session', encode(sha256('slt_ExpiredSessionOfTheFirstRelease0000000000'::bytea), 'hex'), 'slt_Expire',
       NULL, '2026-11-22 09:20:10+00', 'user:analyst-kim', '2026-11-22 21:20:10+00'
  FROM app_user WHERE username = 'analyst-kim';

-- ---------------------------------------------------------------------------------------------
-- The analyst at work (user:analyst-kim).
SELECT set_config('sightline.actor', 'user:analyst-kim', false);

-- Imagery over Yodok: one batch of three Sentinel-2 Items (audited per batch, as ingest was).
INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east, bbox_north, platform,
                   constellation, instruments, gsd_m, cloud_cover_pct, sun_elevation_deg, sun_azimuth_deg, providers,
                   license, stac_version, item, content_sha256, ingested_at, ingested_by)
SELECT 'sentinel-2-l2a', s.id, s.acquired::timestamptz,
       ST_Multi(ST_MakeEnvelope(126.75, 39.60, 126.95, 39.75, 4326)), 126.75, 39.60, 126.95, 39.75,
       'sentinel-2a', 'sentinel-2', '{msi}', 10, s.cloud, 30.5, 160.2, '{ESA}', 'proprietary', '1.0.0',
       s.item::json, encode(sha256(convert_to(s.item, 'UTF8')), 'hex'), '2026-11-22 09:30:00+00', 'user:analyst-kim'
  FROM (VALUES
    ('S2A_52SCG_20230312_0_L2A', '2023-03-12T02:16:31Z', 3.2),
    ('S2A_52SCG_20240406_0_L2A', '2024-04-06T02:16:29Z', 0.4),
    ('S2B_52SCG_20250521_0_L2A', '2025-05-21T02:16:40Z', 12.9)) AS v(id, acquired, cloud)
  CROSS JOIN LATERAL (SELECT v.id, v.acquired, v.cloud,
    '{"type":"Feature","stac_version":"1.0.0","id":"' || v.id || '","collection":"sentinel-2-l2a",'
    || '"geometry":{"type":"Polygon","coordinates":[[[126.75,39.6],[126.95,39.6],[126.95,39.75],[126.75,39.75],[126.75,39.6]]]},'
    || '"bbox":[126.75,39.6,126.95,39.75],"properties":{"datetime":"' || v.acquired || '","platform":"sentinel-2a",'
    || '"constellation":"sentinel-2","instruments":["msi"],"gsd":10,"eo:cloud_cover":' || v.cloud || '},'
    || '"links":[],"assets":{}}' AS item) s;
SELECT audit_append('ingest', 'scene', 'batch', NULL, NULL,
                    '{"source": "yodok-s2.ndjson", "inserted": 3, "updated": 0, "unchanged": 0}'::jsonb);

-- A re-ingest changed one Item: the earlier version is kept in scene_previous.
INSERT INTO scene_previous (collection, id, version, item, content_sha256, ingested_at, ingested_by, replaced_at,
                            replaced_by)
SELECT collection, id, version, item, content_sha256, ingested_at, ingested_by, '2026-11-22 09:45:00+00',
       'user:analyst-kim'
  FROM scene WHERE id = 'S2B_52SCG_20250521_0_L2A';
UPDATE scene
   SET item = replace(item::text, '"eo:cloud_cover":12.9', '"eo:cloud_cover":11.7')::json,
       cloud_cover_pct = 11.7, version = version + 1, ingested_at = '2026-11-22 09:45:00+00'
 WHERE id = 'S2B_52SCG_20250521_0_L2A';
UPDATE scene SET content_sha256 = encode(sha256(convert_to(item::text, 'UTF8')), 'hex')
 WHERE id = 'S2B_52SCG_20250521_0_L2A';
SELECT audit_append('ingest', 'scene', 'batch', NULL, NULL,
                    '{"source": "yodok-s2-reprocessed.ndjson", "inserted": 0, "updated": 1, "unchanged": 2}'::jsonb);

-- Yodok: the status edited, the placeholder ended where a boundary digitized from a 2024 scene begins.
UPDATE facility SET status = 'reduced', status_since = '2024-04-06', version = version + 1,
                    updated_by = 'user:analyst-kim', updated_at = '2026-11-22 09:50:00+00',
                    description = 'Reduced since the 2024 imagery: the eastern housing blocks are razed.'
 WHERE id = 'kwanliso-15-yodok';
UPDATE facility_boundary SET valid_to = '2024-04-06' WHERE facility_id = 'kwanliso-15-yodok';
INSERT INTO facility_boundary (facility_id, geometry, valid_from, valid_to, basis, confidence, scene_id, source_ids,
                               note, area_sq_km, perimeter_km, created_at, created_by)
SELECT 'kwanliso-15-yodok', g, '2024-04-06', NULL, 'digitized', 'medium', 'S2A_52SCG_20240406_0_L2A', '{hrnk}',
       'Fence line traced on the 2024-04-06 scene.', ST_Area(g::geography) / 1e6, ST_Perimeter(g::geography) / 1e3,
       '2026-11-22 09:55:00+00', 'user:analyst-kim'
  FROM (SELECT ST_Multi(ST_GeomFromText(
          'POLYGON((126.78 39.64,126.92 39.64,126.93 39.70,126.80 39.72,126.78 39.64))', 4326)) AS g) p;

-- Zones of Yodok: the eastern housing in two versions (razed in 2024), and the mine.
INSERT INTO zone (facility_id, zone_key, name, name_ko, kind, geometry, valid_from, valid_to, basis, confidence,
                  scene_id, source_ids, note, area_sq_km, perimeter_km, created_at, created_by)
SELECT 'kwanliso-15-yodok', z.zone_key, z.name, z.name_ko, z.kind, z.g, z.valid_from::date, z.valid_to::date,
       'digitized', z.confidence, z.scene_id, '{}', z.note, ST_Area(z.g::geography) / 1e6,
       ST_Perimeter(z.g::geography) / 1e3, '2026-11-22 10:00:00+00', 'user:analyst-kim'
  FROM (VALUES
    ('housing-east', 'Eastern housing', '동부 주거구역', 'housing',
     ST_Multi(ST_GeomFromText('POLYGON((126.88 39.66,126.91 39.66,126.91 39.68,126.88 39.68,126.88 39.66))', 4326)),
     NULL, '2024-04-06', 'medium', 'S2A_52SCG_20230312_0_L2A', 'Blocks standing in 2023.'),
    ('housing-east', 'Eastern housing (cleared ground)', NULL, 'other',
     ST_Multi(ST_GeomFromText('POLYGON((126.88 39.66,126.91 39.66,126.91 39.68,126.88 39.68,126.88 39.66))', 4326)),
     '2024-04-06', NULL, 'high', 'S2A_52SCG_20240406_0_L2A', 'Razed between the 2023 and 2024 scenes.'),
    ('mine-north', 'Northern mine', NULL, 'mine',
     ST_Multi(ST_GeomFromText('POLYGON((126.82 39.69,126.85 39.69,126.85 39.71,126.82 39.71,126.82 39.69))', 4326)),
     NULL, NULL, 'low', 'S2A_52SCG_20230312_0_L2A', NULL)
  ) AS z(zone_key, name, name_ko, kind, g, valid_from, valid_to, confidence, scene_id, note);

-- A site staff entered from testimony, not published; and a duplicate entry, soft-deleted.
INSERT INTO facility (id, name, name_ko, aliases, facility_type, status, province, location, published, version,
                      updated_by, description)
VALUES ('kuryujang-hoeryong-reported', 'Hoeryong detention site (reported)', '회령 구류장', '{}', 'kuryujang',
        'unconfirmed', 'North Hamgyong Province', ST_SetSRID(ST_MakePoint(129.745, 42.44), 4326), false, 1,
        'user:analyst-kim', 'Reported by one witness; location within about 2 km.'),
       ('other-yodok-duplicate', 'Yodok camp (duplicate entry)', NULL, '{}', 'other', 'unconfirmed',
        'South Hamgyong Province', ST_SetSRID(ST_MakePoint(126.85, 39.67), 4326), false, 1, 'user:analyst-kim', NULL);
UPDATE facility SET deleted_at = '2026-11-22 10:05:00+00', deleted_by = 'user:analyst-kim',
                    deletion_reason = 'duplicate of kwanliso-15-yodok', version = version + 1
 WHERE id = 'other-yodok-duplicate';

-- Audited reads of staff-only data, as the server recorded them.
SELECT audit_append('read', 'facility', 'kuryujang-hoeryong-reported', NULL, NULL, '{"view": "record"}'::jsonb);

-- ---------------------------------------------------------------------------------------------
-- Evidence custody (user:investigator-lee): an uploaded image, its custody event. The bytes lived
-- in the evidence directory, which a database dump does not hold.
SELECT set_config('sightline.actor', 'user:investigator-lee', false);
INSERT INTO evidence_item (sha256, size_bytes, media_type, original_filename, description, uploaded_by, received_at)
VALUES ('5f3c9d1f7b0a4e2d8c6b9a1e3f5d7c9b1a3e5f7d9c1b3a5e7f9d1c3b5a7e9f1d', 48213, 'image/png',
        'yodok-sketch-2019.png', 'Sketch map drawn by a former detainee (consent on file).', 'user:investigator-lee',
        '2026-11-22 10:10:00+00');
SELECT audit_append('download', 'evidence_item', (SELECT id::text FROM evidence_item), NULL, NULL,
                    '{"verified": true}'::jsonb);

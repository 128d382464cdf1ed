-- Name search that ranks (issue 10, point 11). V004's search returned everything within trigram
-- word similarity 0.3 of the query: 'yoduk' found 8 facilities (7 unrelated: Yonsa, Oro,
-- Yongdam...), 'camp 15' found 20. Names are now compared word by word on a key that is blind to
-- the romanization system, and a facility matches only when every word of the query matches a
-- word of one of its names; registry.FacilityDao.search ranks by how well.
--
-- All functions call others with their schema (public. or pg_catalog, searched always), so code
-- with an empty search_path (autovacuum, pg_restore) finds them; see V010.

-- levenshtein_less_equal, for "similar spellings" (a trusted contrib extension).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- The romanization-blind key of a name. Lower case, MR breves and other accents dropped
-- (sightline_fold's letters); apostrophes and hyphens joined ("Kaech'ŏn" -> kaechon, "Kyo-hwa-so"
-- -> kyohwaso, "Jongo-ri" -> jongori), other punctuation a space; digits a word of their own, and
-- the words "no", "ho" and 호 dropped ("No.15", "15ho", "15호" -> 15); "ppc" spelled out as
-- "political prison camp". Then the letters both systems spell differently are made one: eo -> o
-- (RR ㅓ, MR ŏ written o), eu -> u (ㅡ), yi -> ui (ㅢ as NKDB writes it), ck -> k, sh -> s, ch and
-- j -> c, g -> k, d -> t, b -> p, r -> l, an initial l before y or i dropped (Ryongdam ~ Yongdam,
-- the initial-sound rule), nl -> l (kwanliso ~ kwalliso), doubled letters single (Kanggye ~
-- Ganggye). Hangul passes through. Examples: Yodŏk, Yodok, Yodeok, yodeog, yodock -> yotok;
-- Chŏngŏri, Chongori, Jeongeori, Jongo-ri -> conkoli; Pukch'ang, Bukchang, bugcang -> pukcank.
CREATE FUNCTION sightline_name_key(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  k text := pg_catalog.lower(pg_catalog.translate(coalesce(value, ''), 'ŎŏŬŭÖöÜüÉéÈèŌōŪūĀā', 'OoUuOoUuEeEeOoUuAa'));
BEGIN
  k := pg_catalog.regexp_replace(k, '[''’‘`ʼ‐‑–-]+', '', 'g');              -- apostrophes, hyphens: joined
  k := pg_catalog.regexp_replace(k, '[^[:alnum:]가-힣]+', ' ', 'g');         -- other punctuation: a space
  k := pg_catalog.regexp_replace(k, '([0-9]+)', ' \1 ', 'g');               -- digits: a word of their own
  k := pg_catalog.regexp_replace(k, '(^| )(no|ho|호)(?= |$)', ' ', 'g');     -- "No. 15", "15ho", "15호"
  k := pg_catalog.regexp_replace(k, '(^| )ppc(?= |$)', ' political prison camp', 'g');
  k := pg_catalog.replace(k, 'eo', 'o');
  k := pg_catalog.replace(k, 'eu', 'u');
  k := pg_catalog.replace(k, 'yi', 'ui');
  k := pg_catalog.replace(k, 'ck', 'k');
  k := pg_catalog.replace(k, 'sh', 's');
  k := pg_catalog.replace(k, 'ch', 'c');
  k := pg_catalog.translate(k, 'jgdbr', 'cktpl');
  k := pg_catalog.regexp_replace(k, '(^| )l(?=[yi])', '\1', 'g');           -- Ryongdam ~ Yongdam
  k := pg_catalog.replace(k, 'nl', 'l');                                      -- kwanliso ~ kwalliso
  k := pg_catalog.regexp_replace(k, '([a-z])\1+', '\1', 'g');               -- Kanggye ~ Ganggye
  RETURN pg_catalog.btrim(pg_catalog.regexp_replace(k, ' +', ' ', 'g'));
END
$$;

-- Every name of a facility (primary, Hangul, both romanizations, aliases) as its key.
CREATE FUNCTION facility_name_keys(name text, name_ko text, name_mr text, name_rr text, aliases text[])
  RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT pg_catalog.array_agg(public.sightline_name_key(n))
    FROM pg_catalog.unnest(ARRAY[name, name_ko, name_mr, name_rr] || coalesce(aliases, '{}'::text[])) AS n
   WHERE n IS NOT NULL AND public.sightline_name_key(n) <> ''
$$;

-- How a query word matches a name word (both keys): 3 the same, 2 a prefix of it (query words of
-- 4 letters or more: "hyehung" ~ "hyehungdong"), 1 a similar spelling (same first letter, within
-- 1 edit, 2 from 8 letters: yoduk ~ yodok, hwasung ~ hwasong), NULL none. Numbers match only
-- themselves, so camp 1 is not camp 12.
CREATE FUNCTION sightline_word_match(query_word text, name_word text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN query_word = name_word THEN 3
    WHEN query_word ~ '^[0-9]+$' OR name_word ~ '^[0-9]+$' OR pg_catalog.char_length(query_word) < 4 THEN NULL
    WHEN pg_catalog.left(name_word, pg_catalog.char_length(query_word)) = query_word THEN 2
    WHEN pg_catalog.left(name_word, 1) = pg_catalog.left(query_word, 1)
         AND public.levenshtein_less_equal(query_word, name_word, CASE WHEN pg_catalog.char_length(query_word) >= 8 THEN 2 ELSE 1 END)
             <= CASE WHEN pg_catalog.char_length(query_word) >= 8 THEN 2 ELSE 1 END THEN 1
  END
$$;

-- How a query matches one name (both keys), best first: 5 the whole name, 4 a run of its words
-- (an exact phrase: "camp 15" in "camp 15 yotok"), 3 every query word is one of its words, in any
-- order, 2 every query word is a word or a prefix of one, 1 at least one only similar; NULL when
-- some query word matches nothing.
CREATE FUNCTION sightline_name_match(query_key text, name_key text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN query_key = '' OR name_key = '' THEN NULL
    WHEN query_key = name_key THEN 5
    WHEN pg_catalog.strpos(' ' || name_key || ' ', ' ' || query_key || ' ') > 0 THEN 4
    ELSE (SELECT CASE WHEN pg_catalog.bool_and(best IS NOT NULL) THEN pg_catalog.min(best) END
            FROM (SELECT (SELECT pg_catalog.max(public.sightline_word_match(q, w))
                            FROM pg_catalog.unnest(pg_catalog.string_to_array(name_key, ' ')) AS w) AS best
                    FROM pg_catalog.unnest(pg_catalog.string_to_array(query_key, ' ')) AS q) AS words)
  END
$$;

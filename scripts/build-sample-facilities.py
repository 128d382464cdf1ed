#!/usr/bin/env python3
"""Build server/src/main/resources/sample-data/facilities.geojson.

Reads ONLY the byte-identical source copies in
server/src/main/resources/sample-data/sources/ (paths relative to this
script) and writes one GeoJSON Feature per facility, keeping every sourced
point as a separate location. Python 3 standard library only; the output is
deterministic (same input -> byte-identical output).

The matching decisions are written down as explicit tables below (reviewable
by hand) and re-checked by code: same facility type, and every attached
point within MATCH_MAX_KM of the facility's primary point (see SOURCES.md).

Usage: python3 scripts/build-sample-facilities.py
"""

import csv
import hashlib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "server" / "src" / "main" / "resources" / "sample-data"
SRC = DATA / "sources"
OUT = DATA / "facilities.geojson"

EARTH_RADIUS_KM = 6371.0088
MATCH_MAX_KM = 11.0          # "about 10 km"; only Camp 16's NKDB point (10.58 km) lies between 10 and 11
DESCRIPTION_MIN_KM = 0.5     # HRNK description coordinate kept as its own location only if this far off
SOURCE_ORDER = ["hrnk", "wikipedia", "nkpd", "nkdb"]  # primary-source preference
SOURCE_LABEL = {"hrnk": "HRNK", "wikipedia": "Wikipedia", "nkpd": "NKPD", "nkdb": "NKDB"}
FAR_KM = 5.0   # for attached points this far from the primary point, name the other points near them
NEAR_KM = 1.0
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
TYPES = {"kwanliso", "kyohwaso", "jipkyulso", "rodong-danryondae", "kuryujang", "other"}
TYPE_LABEL = {"kwanliso": "Kwanliso", "kyohwaso": "Kyohwaso"}

# --------------------------------------------------------------------------
# Curated tables
# --------------------------------------------------------------------------

# HRNK placemark -> (type, camp number or None, place, explicit name or None)
HRNK_FACILITIES = {
    "hrnk-00": ("kwanliso", "14", "Kaechon", None),
    "hrnk-01": ("kwanliso", "25", "Chongjin", None),
    "hrnk-02": ("kwanliso", "15", "Yodok", None),
    "hrnk-03": ("kwanliso", "16", "Hwasong", None),
    "hrnk-04": ("kwanliso", "22", "Hoeryong", None),
    "hrnk-05": ("kwanliso", "18", "Bukchang", None),
    "hrnk-06": ("kyohwaso", "8", "Yongdam", None),
    "hrnk-07": ("kyohwaso", "11", "Chung-san", None),
    "hrnk-08": ("kyohwaso", "7", "Kanggye", None),
    "hrnk-09": ("kyohwaso", "2", "Dongrim", None),
    "hrnk-10": ("kyohwaso", "88", "Wonsan", None),
    "hrnk-11": ("kyohwaso", "9", "Hamhung", None),
    "hrnk-12": ("kyohwaso", None, "Sunchon", "Sunchon Kyohwaso"),
    "hrnk-13": ("kyohwaso", "8", "Sungho-ri", None),
    # HRNK does not assert a type for these three (unconfirmed sites; I-gol and
    # Udan only "share the appearance" of kyo-hwa-so), so they are "other".
    "hrnk-14": ("other", None, "I-gol", "Facility at I-gol"),
    "hrnk-15": ("other", None, "Udan", "Facility at Udan"),
    "hrnk-16": ("other", None, "Ch\u2019oma-bong", "Ch\u2019oma-bong Restricted Area"),
    "hrnk-17": ("kyohwaso", "3", "Sinuiju", None),
    "hrnk-18": ("kyohwaso", "1", "Kaechon", None),
    "hrnk-19": ("kyohwaso", "4", "Kangdong", None),
    "hrnk-20": ("kyohwaso", "12", "Jongo-ri", None),
    "hrnk-21": ("kyohwaso", "6", "Sariwon", None),
    "hrnk-22": ("kyohwaso", "22", "Oro", None),
    "hrnk-23": ("kyohwaso", "77", "Danchon", None),
}

HRNK_STATUS = {
    "Operational Kwan-li-so": "operational",
    "Operational Kyo-hwa-so": "operational",
    "Kwan-li-so Believed to be Closed": "closed",
    "Kyo-hwa-so Believed to be Closed": "closed",
    "Unconfirmed Probable Camp Locations": "unconfirmed",
}

# Names of the further sites that HRNK's description text associates with a
# camp ("A second location associated with this camp ... is located at ...").
# Key: (HRNK id, index of the coordinate pair in the description, 0-based).
HRNK_DESCRIPTION_SITES = {
    ("hrnk-09", 1): "Obong Workers' District",
    ("hrnk-10", 1): "Chuksan-ri",
    ("hrnk-11", 1): "Hamhung Women's Prison, Sungwon-ri",
    ("hrnk-21", 1): "Osu-ri (potential 'model detention facility')",
    ("hrnk-22", 1): "Pungho-ri",
    ("hrnk-22", 2): "Sangtong-ri",
    ("hrnk-23", 1): "Sangjang",
}
ORDINAL = {1: "second", 2: "third"}

# Further NKPD records attached to an HRNK facility beyond the crosswalk.
# id -> (HRNK id, note, is_subsite)
NKPD_EXTRA = {
    "u7jbisgx16": ("hrnk-11", "NKPD records this as the Songwon-ri branch of the Hamhung Re-education Camp", True),
}

# Extra factual notes comparing two locations of one facility:
# slug -> [(recordId to annotate, other recordId, text)]
PAIR_NOTES = {
    "kyohwaso-9-hamhung": [("u7jbisgx16", "hrnk-11-description-2",
                            "HRNK's description places Hamhung Women's Prison in Sungwon-ri")],
}

# NKDB Visual Atlas points attached to an HRNK facility: slug -> (HRNK id, note or None)
NKDB_TO_HRNK = {
    "hamgyeongbugdo-ceongjinsi-suseong-ceongjin-25ho-gwanriso": ("hrnk-01", None),
    "hamgyeongnamdo-yodeoggun-yodeog-15ho-gwanriso": ("hrnk-02", None),
    "hamgyeongbugdo-myeonggangun-hwaseonggun-hwaseong-16ho-gwanriso": ("hrnk-03", None),
    "hamgyeongbugdo-hoeryeongsi-hoeryeong-22ho-gwanriso": ("hrnk-04", None),
    "pyeongannamdo-bugcanggun-bugcang-18ho-gwanriso": ("hrnk-05", None),
    "gangweondo-ceonnaegun-yongdam-8ho-gyohwaso-cujeong": ("hrnk-06", None),
    "pyeongannamdo-jeungsangun-jeungsan-11ho-gyohwaso": ("hrnk-07", None),
    "jagangdo-ganggyesi-ganggye-7ho-gyohwaso-cujeong": ("hrnk-08", None),
    "pyeonganbugdo-dongrimgun-dongrim-2ho-gyohwaso-cujeong": ("hrnk-09", None),
    "gangweondo-weonsansi-deogweon-88ho-gyohwaso-cujeong": ("hrnk-10", None),
    "hamgyeongnamdo-hamheungsi-hamheung-9ho-gyohwaso": ("hrnk-11", None),
    "pyeonganbugdo-sinyijusi-sinyiju-3ho-gyohwaso-bonso-gijun": ("hrnk-17", None),
    "pyeongannamdo-gaeceonsi-gaeceon-1ho-gyohwaso-bongwan-ceongsa": ("hrnk-18", None),
    "pyeongyangsi-gangdonggun-gangdong-4ho-gyohwaso": ("hrnk-19", None),
    "hamgyeongbugdo-hoeryeongsi-jeongeori-12ho-gyohwaso-bonso-gijun": ("hrnk-20", None),
    "hwanghaebugdo-sariweonsi-sariweon-7ho-gyohwaso-gijun": (
        "hrnk-21", "NKDB numbers this Sariwon prison No. 7; HRNK numbers it No. 6"),
    "hamgyeongnamdo-yeonggwanggun-oro-22ho-gyohwaso-cujeong": ("hrnk-22", None),
}

# Wikipedia articles without coordinates attached (as an alias only) to a
# facility that is not in the crosswalk: wikidata id -> facility slug
WIKIPEDIA_EXTRA_ALIAS = {
    "Q700788": "kwanliso-12-onsong",  # "Onsong concentration camp" (Kwan-li-so No. 12)
}

# Records of type kwanliso / kyohwaso that clearly match no HRNK facility
# become facilities of their own. (source, record id) ->
# (type, number or None, place, explicit name or None, explicit slug or None, note on primary or None)
OWN_FACILITIES = {
    ("nkpd", "q95jmid9rb"): ("kyohwaso", None, "Yonggwang", "Yonggwang County Women's Kyohwaso", None,
                             "not merged with Kyohwaso No. 22 Oro: different name; NKDB places its "
                             "'Oro Prison No. 22' in Yonggwang County"),
    ("nkdb", "hamgyeongnamdo-deogseonggun-deogseong-17ho-gwanriso"): (
        "kwanliso", "17", "Toksong", None, None,
        "NKDB gives the same point (within 1 m) for Toksong PPC No. 17 and No. 23"),
    ("nkdb", "hamgyeongnamdo-deogseonggun-deogseong-23ho-gwanriso"): (
        "kwanliso", "23", "Toksong", None, None,
        "NKDB gives the same point (within 1 m) for Toksong PPC No. 17 and No. 23"),
    ("nkdb", "hamgyeongnamdo-danceonsi-danceon-19ho-gwanriso-cujeong"): (
        "kwanliso", "19", "Tanchon", None, None, None),
    ("nkdb", "pyeongannamdo-gaeceonsi-gaeceon-14ho-gwanriso-pyeswae"): (
        "kwanliso", "14", "Kaechon", "Kwanliso No. 14 Kaechon (NKDB point)", "kwanliso-14-kaechon-nkdb",
        "not merged with HRNK's Camp 14 (kwanliso-14-kaechon): same camp number, but the points are "
        "more than 10 km apart; NKDB labels this point closed, HRNK lists Camp 14 as operational"),
    ("nkdb", "hamgyeongbugdo-jongseonggun-jongseong-13ho-gwanriso"): (
        "kwanliso", "13", "Jongsong", None, None, None),
    ("nkdb", "hamgyeongbugdo-onseonggun-onseong-12ho-gwanriso-cujeong"): (
        "kwanliso", "12", "Onsong", None, None, None),
    ("nkdb", "hwanghaebugdo-sariweonsi-gwanriso-cujeong"): (
        "kwanliso", None, "Sariwon", "Sariwon Kwanliso", None, None),
    ("nkdb", "hamgyeongnamdo-danceonsi-danceon-77ho-gyohwaso-ibgu-pyeswae"): (
        "kyohwaso", "77", "Tanchon", "Kyohwaso No. 77 Tanchon (NKDB point)", "kyohwaso-77-tanchon-nkdb",
        "not merged with HRNK's Kyo-hwa-so No. 77, Danchon (kyohwaso-77-danchon): same number and "
        "place, but the points are more than 10 km apart"),
    ("nkdb", "pyeongannamdo-hoecanggun-hoecang-606ho-gyohwaso-cujeong"): (
        "kyohwaso", "606", "Hoechang", None, None,
        "NKDB gives the same point (within 1 m) for Hoechang Prison No. 606 and the Prison of "
        "People's Army, Hoechang County"),
    ("nkdb", "pyeongannamdo-hoecanggun-joseoninmingun-gyohwaso-cujeong"): (
        "kyohwaso", None, "Hoechang", "People's Army Kyohwaso, Hoechang", "kyohwaso-hoechang-peoples-army",
        "NKDB gives the same point (within 1 m) for Hoechang Prison No. 606 and the Prison of "
        "People's Army, Hoechang County"),
    ("nkdb", "je6hyeongmuso-pyeongyang-ingeun-cujeong"): (
        "kyohwaso", "6", "near Pyongyang", "Kyohwaso No. 6 (near Pyongyang)", "kyohwaso-6-near-pyongyang",
        None),
    ("nkdb", "jagangdo-seonggangun-seonggan-6ho-gyohwaso-gijun"): (
        "kyohwaso", "6", "Songgan", None, None, None),
}

NKPD_TYPE = {"Political Prison Camp": "kwanliso", "Re-education Camp": "kyohwaso"}
NKPD_STATUS = {"Operative": "operational", "Closed": "closed"}
NKDB_TYPE = {
    "kwanliso (political prison camp)": "kwanliso",
    "kyohwaso (prison / re-education camp)": "kyohwaso",
}
# Every other record becomes a facility of its own (step 4b), typed by these maps. NKPD's "Office"
# and "Waiting Room" are security-agency premises where people are held before transfer: "other".
NKPD_OTHER_TYPE = {
    "Detention Centre": "kuryujang", "Holding Centre": "jipkyulso",
    "Labour Training Centre": "rodong-danryondae", "Labour Training Camp": "rodong-danryondae",
    "Waiting Room": "other", "Office": "other", "Other": "other", "Closed Detention Facility": "other",
    "Kkotjebi Relief Station": "other",
}
NKDB_OTHER_TYPE = {
    "rodong danryondae (labour training camp)": "rodong-danryondae",
    "jipkyulso (holding centre)": "jipkyulso",
    "other detention / interrogation": "other",
}
PROVINCE_FIX = {"Pyongyang": "Pyongyang City"}

# --------------------------------------------------------------------------


def nfc(s):
    return None if s is None else unicodedata.normalize("NFC", s)


def haversine_km(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def slugify(type_, number, place):
    place_part = re.sub(r"[^a-z0-9]+", "", place.lower())
    parts = [type_] + ([number] if number else []) + [place_part]
    return "-".join(parts)


def scraped_date(via):
    """The scrape date a copy's 'via' note states (the citation's retrieval date), or None."""
    m = re.search(r"scraped(?:At)? (\d{4}-\d{2}-\d{2})", via or "")
    return m.group(1) if m else None


def own_record_slug(type_, name, source, record_id):
    """type + name, made unique and stable by a short hash of the source record id."""
    base = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    base = base.strip("-")[:44].rstrip("-")
    digest = hashlib.sha1(f"{source}:{record_id}".encode()).hexdigest()[:6]
    slug = f"{type_}-{base}-{digest}"
    return slug[:64]


def default_name(type_, number, place):
    return f"{TYPE_LABEL[type_]} No. {number} {place}"


def clean_alias(s):
    s = re.sub(r"\((Unconfirmed|Closed)\)", "", s)
    s = re.sub(r"\s+", " ", s).replace(" ,", ",").strip()
    return nfc(s)


DMS_RE = re.compile(r"(\d+)°\s*(\d+)[’']\s*([\d.]+)[”\"]\s*([NSEW])")
DEC_RE = re.compile(r"(?<![\d.])(\d{2}\.\d+),\s*(\d{3}\.\d+)(?!\.?\d)")


def description_points(text):
    """Coordinate pairs stated in an HRNK description, in order: (lat, lon, verbatim text)."""
    pts = []
    dms = list(DMS_RE.finditer(text))
    if len(dms) % 2:
        raise ValueError("odd number of DMS values: " + text[:80])
    for a, b in zip(dms[0::2], dms[1::2]):
        lat = int(a.group(1)) + int(a.group(2)) / 60 + float(a.group(3)) / 3600
        lon = int(b.group(1)) + int(b.group(2)) / 60 + float(b.group(3)) / 3600
        pts.append((a.start(), lat, lon, text[a.start():b.end()]))
    for m in DEC_RE.finditer(text):
        pts.append((m.start(), float(m.group(1)), float(m.group(2)), m.group(0)))
    pts.sort()
    return [(lat, lon, verbatim) for _, lat, lon, verbatim in pts]


def controlling_agency(fac, nkpd_by_id):
    """The agency NKPD names for the facility's NKPD records, when they name exactly one (not "Unknown")."""
    agencies = {nkpd_by_id[l["recordId"]]["properties"].get("agency") for l in fac["locs"] if l["source"] == "nkpd"}
    agencies.discard(None)
    agencies.discard("Unknown")
    return nfc(agencies.pop()) if len(agencies) == 1 else None


def load_json(name):
    with open(SRC / name, encoding="utf-8") as f:
        return json.load(f)


def main():
    hrnk = load_json("hrnk_prison_camp_map.geojson")
    wiki = load_json("wikipedia_camp_coordinates.json")
    nkpd = load_json("nkpd_facilities_geolocated.geojson")
    nkdb = load_json("nkdb_visualatlas_detention_points.geojson")
    with open(SRC / "facility_crosswalk.csv", encoding="utf-8", newline="") as f:
        crosswalk = list(csv.DictReader(f))

    hrnk_by_id = {f["id"]: f for f in hrnk["features"]}
    hrnk_by_name = {f["properties"]["name"]: f for f in hrnk["features"]}
    wiki_by_title = {w["title"]: w for w in wiki}
    wiki_by_qid = {w["wikidata_id"]: w for w in wiki}
    nkpd_by_id = {f["id"]: f for f in nkpd["features"]}
    nkdb_by_slug = {f["id"]: f for f in nkdb["features"]}
    assert len(hrnk_by_id) == 24 and set(hrnk_by_id) == set(HRNK_FACILITIES)

    sources = {
        "hrnk": {
            "publisher": hrnk["source"]["publisher"],
            "title": "North Korea Prison Camp Location Map (Google My Maps)",
            "url": hrnk["source"]["kml_url"],
            "licence": "HRNK: unstated; cite HRNK",
            "via": hrnk["source"]["via"],
            "retrieved": scraped_date(hrnk["source"]["via"]),
        },
        "wikipedia": {
            "publisher": "Wikipedia contributors (English Wikipedia)",
            "title": "English Wikipedia articles on North Korean camps (coordinates via the MediaWiki API)",
            "url": "https://en.wikipedia.org/",
            "licence": "CC BY-SA 4.0",
            "via": "github.com/Ahmet-Dedeler/free-north-korea (MediaWiki API output; path and commit "
                   "not recorded in the copied file)",
            "retrieved": None,
        },
        "nkpd": {
            "publisher": nkpd["source"]["publisher"],
            "title": "North Korean Prison Database",
            "url": "https://nkpd.io/",
            "licence": "reported as CC BY-NC 4.0 (unverified)",
            "via": nkpd["source"]["via"],
            "retrieved": scraped_date(nkpd["source"]["via"]),
        },
        "nkdb": {
            "publisher": nkdb["source"]["publisher"],
            "title": "NKDB Visual Atlas (detention-facility subset)",
            "url": nkdb["source"]["url"],
            "licence": "NKDB: unstated",
            "via": nkdb["source"]["via"],
            "retrieved": scraped_date(nkdb["source"]["via"]),
        },
    }

    facilities = {}   # slug -> {name, type, status, province, primarySource, locs: [...], aliases: set()}

    def new_facility(slug, name, type_, status, province, primary_source):
        assert slug not in facilities, slug
        assert type_ in TYPES
        facilities[slug] = {"name": nfc(name), "type": type_, "status": status,
                            "province": nfc(PROVINCE_FIX.get(province, province)) if province else None,
                            "primarySource": primary_source, "locs": [], "aliases": set()}
        return facilities[slug]

    def add_loc(fac, source, record_id, name, lon, lat, url, note=None, primary=False, alias=True):
        fac["locs"].append({"source": source, "recordId": record_id, "name": nfc(name),
                            "lon": lon, "lat": lat, "url": url, "primary": primary,
                            "note": note})
        if alias and name:
            fac["aliases"].add(clean_alias(name))

    # 1. HRNK placemarks: one facility each, primary location = the placemark.
    hrnk_slug = {}
    for hid in sorted(HRNK_FACILITIES):
        f = hrnk_by_id[hid]
        p = f["properties"]
        type_, number, place, name = HRNK_FACILITIES[hid]
        slug = slugify(type_, number, place)
        hrnk_slug[hid] = slug
        fac = new_facility(slug, name or default_name(type_, number, place), type_,
                           HRNK_STATUS[p["hrnk_folder"]], p["province"], "hrnk")
        lon, lat = f["geometry"]["coordinates"]
        report = re.search(r"https://www\.hrnk\.org/\S+?\.pdf", p["description"])
        url = report.group(0) if report else None  # the HRNK report linked from the placemark
        add_loc(fac, "hrnk", hid, p["name"], lon, lat, url, primary=True)
        pts = description_points(p["description"])
        for i, (dlat, dlon, verbatim) in enumerate(pts):
            if i == 0:
                if haversine_km(lon, lat, dlon, dlat) >= DESCRIPTION_MIN_KM:
                    add_loc(fac, "hrnk", hid + "-description", p["name"], dlon, dlat, url,
                            note="coordinate stated in HRNK's description text; differs from the HRNK "
                                 "placemark (text: '" + verbatim + "')",
                            alias=False)
                continue
            site = HRNK_DESCRIPTION_SITES[(hid, i)]
            add_loc(fac, "hrnk", f"{hid}-description-{i + 1}", site, dlon, dlat, url,
                    note=f"{ORDINAL[i]} location associated with this camp in HRNK's description text "
                         f"(text: '{verbatim}')",
                    alias=False)
        assert sum(1 for k in HRNK_DESCRIPTION_SITES if k[0] == hid) == max(0, len(pts) - 1), hid

    # 2. Crosswalk: attach Wikipedia (points, or alias only) and NKPD records.
    for row in crosswalk:
        f = hrnk_by_name[row["hrnk_name"]]
        fac = facilities[hrnk_slug[f["id"]]]
        assert f["geometry"]["coordinates"] == [float(row["hrnk_lon"]), float(row["hrnk_lat"])]
        if row["wikipedia_title"]:
            w = wiki_by_title[row["wikipedia_title"]]
            if w["lat"] is None:
                assert not row["wikipedia_lat"]
                fac["aliases"].add(clean_alias(w["title"]))
            else:
                assert (w["lon"], w["lat"]) == (float(row["wikipedia_lon"]), float(row["wikipedia_lat"]))
                add_loc(fac, "wikipedia", w["wikidata_id"], w["title"], w["lon"], w["lat"], w["url"])
        if row["nkpd_id"]:
            n = nkpd_by_id[row["nkpd_id"]]
            assert n["geometry"]["coordinates"] == [float(row["nkpd_lon"]), float(row["nkpd_lat"])]
            assert NKPD_TYPE[n["properties"]["type"]] == fac["type"] == row["kind"]
            add_loc(fac, "nkpd", n["id"], n["properties"]["name"], *n["geometry"]["coordinates"],
                    n["properties"]["url"])
    used_wiki = {r["wikipedia_title"] for r in crosswalk if r["wikipedia_title"]}
    used_nkpd = {r["nkpd_id"] for r in crosswalk if r["nkpd_id"]}

    # 3. Further NKPD records and NKDB points that clearly match an HRNK facility.
    for nid, (hid, note, subsite) in sorted(NKPD_EXTRA.items()):
        n = nkpd_by_id[nid]
        fac = facilities[hrnk_slug[hid]]
        assert NKPD_TYPE[n["properties"]["type"]] == fac["type"]
        add_loc(fac, "nkpd", nid, n["properties"]["name"], *n["geometry"]["coordinates"],
                n["properties"]["url"], note=note, alias=not subsite)
        used_nkpd.add(nid)
    for slug_, (hid, note) in sorted(NKDB_TO_HRNK.items()):
        d = nkdb_by_slug[slug_]
        fac = facilities[hrnk_slug[hid]]
        assert NKDB_TYPE[d["properties"]["category_helper"]] == fac["type"]
        add_loc(fac, "nkdb", slug_, d["properties"]["label"], *d["geometry"]["coordinates"], None, note=note)

    # 4. Remaining kwanliso / kyohwaso records become facilities of their own.
    own_nkpd = {f["id"] for f in nkpd["features"] if f["properties"]["type"] in NKPD_TYPE} - used_nkpd
    own_nkdb = {f["id"] for f in nkdb["features"]
                if f["properties"]["category_helper"] in NKDB_TYPE} - set(NKDB_TO_HRNK)
    assert {("nkpd", i) for i in own_nkpd} | {("nkdb", i) for i in own_nkdb} == set(OWN_FACILITIES)
    for (src, rid) in sorted(OWN_FACILITIES, key=lambda k: (SOURCE_ORDER.index(k[0]), k[1])):
        type_, number, place, name, slug, note = OWN_FACILITIES[(src, rid)]
        slug = slug or slugify(type_, number, place)
        if src == "nkpd":
            r = nkpd_by_id[rid]
            rp = r["properties"]
            assert NKPD_TYPE[rp["type"]] == type_
            fac = new_facility(slug, name or default_name(type_, number, place), type_,
                               NKPD_STATUS.get(rp["status"], "unconfirmed"),
                               rp["province"] + " Province" if rp["province"] else None, "nkpd")
            add_loc(fac, "nkpd", rid, rp["name"], *r["geometry"]["coordinates"], rp["url"],
                    note=note, primary=True)
        else:
            r = nkdb_by_slug[rid]
            rp = r["properties"]
            assert NKDB_TYPE[rp["category_helper"]] == type_
            label = rp["label"]
            status = "closed" if "(Closed)" in label else "unconfirmed"
            tail = clean_alias(label).rsplit(",", 1)
            province = tail[1].strip() if len(tail) == 2 and re.search(r"(Province|City)$", tail[1]) else None
            fac = new_facility(slug, name or default_name(type_, number, place), type_, status,
                               province, "nkdb")
            add_loc(fac, "nkdb", rid, label, *r["geometry"]["coordinates"], None, note=note, primary=True)
    for a, b in [("hamgyeongnamdo-deogseonggun-deogseong-17ho-gwanriso",
                  "hamgyeongnamdo-deogseonggun-deogseong-23ho-gwanriso"),
                 ("pyeongannamdo-hoecanggun-hoecang-606ho-gyohwaso-cujeong",
                  "pyeongannamdo-hoecanggun-joseoninmingun-gyohwaso-cujeong")]:
        ca, cb = nkdb_by_slug[a]["geometry"]["coordinates"], nkdb_by_slug[b]["geometry"]["coordinates"]
        assert haversine_km(*ca, *cb) < 0.001  # the notes say "within 1 m"
    for qid, slug in sorted(WIKIPEDIA_EXTRA_ALIAS.items()):
        w = wiki_by_qid[qid]
        assert w["lat"] is None and w["title"] not in used_wiki
        facilities[slug]["aliases"].add(clean_alias(w["title"]))

    # 4b. Every remaining record (holding centres, labour training camps, detention centres, offices)
    #     becomes a facility of its own, one per record. They are not matched across NKPD and NKDB:
    #     without an outline or a shared name, two nearby points may be one site or two.
    for f in sorted(nkpd["features"], key=lambda f: f["id"]):
        rp = f["properties"]
        if rp["type"] in NKPD_TYPE:
            continue
        type_ = NKPD_OTHER_TYPE[rp["type"]]
        slug = own_record_slug(type_, rp["name"], "nkpd", f["id"])
        province = PROVINCE_FIX.get(rp["province"], rp["province"] + " Province") if rp["province"] else None
        fac = new_facility(slug, rp["name"], type_, NKPD_STATUS.get(rp["status"], "unconfirmed"), province, "nkpd")
        add_loc(fac, "nkpd", f["id"], rp["name"], *f["geometry"]["coordinates"], rp["url"], primary=True, alias=False)
    for f in sorted(nkdb["features"], key=lambda f: f["id"]):
        rp = f["properties"]
        if rp["category_helper"] in NKDB_TYPE:
            continue
        type_ = NKDB_OTHER_TYPE[rp["category_helper"]]
        label = rp["label"]
        name = clean_alias(label)
        status = "closed" if "(Closed)" in label else "unconfirmed"
        tail = name.rsplit(",", 1)
        province = tail[1].strip() if len(tail) == 2 and re.search(r"(Province|City)$", tail[1]) else None
        slug = own_record_slug(type_, name, "nkdb", f["id"])
        fac = new_facility(slug, name, type_, status, province, "nkdb")
        add_loc(fac, "nkdb", f["id"], label, *f["geometry"]["coordinates"], None, primary=True, alias=False)

    # 5. Distances, notes, ordering, output.
    features = []
    for slug in sorted(facilities):
        fac = facilities[slug]
        assert SLUG_RE.match(slug), slug
        prim = [l for l in fac["locs"] if l["primary"]]
        assert len(prim) == 1 and prim[0]["source"] == fac["primarySource"], slug
        prim = prim[0]
        locs = []
        for l in fac["locs"]:
            dist = haversine_km(prim["lon"], prim["lat"], l["lon"], l["lat"])
            if l["source"] != "hrnk":  # every attached non-HRNK point must lie within the match radius
                assert dist <= MATCH_MAX_KM, (slug, l["recordId"], dist)
            notes = [l["note"]] if l["note"] else []
            if not l["primary"] and round(dist, 2) >= 1.0:
                notes.append(f"{dist:.2f} km from the primary location")
            if not l["primary"] and dist >= FAR_KM:
                # say which other sources agree with a far-off point
                for o in fac["locs"]:
                    if o is l or o["primary"]:
                        continue
                    k = haversine_km(l["lon"], l["lat"], o["lon"], o["lat"])
                    if k <= NEAR_KM:
                        notes.append(f"{k:.2f} km from the {SOURCE_LABEL[o['source']]} point {o['recordId']}")
            for rid, other_rid, text in PAIR_NOTES.get(slug, []):
                if l["recordId"] == rid:
                    o = next(o for o in fac["locs"] if o["recordId"] == other_rid)
                    k = haversine_km(l["lon"], l["lat"], o["lon"], o["lat"])
                    notes.append(f"{text} ({other_rid}), {k:.2f} km from this point")
            locs.append({
                "source": l["source"], "recordId": l["recordId"], "name": l["name"],
                "lon": l["lon"], "lat": l["lat"], "url": l["url"], "primary": l["primary"],
                "distanceKm": round(dist, 2) if not l["primary"] else 0.0,
                "note": "; ".join(notes) if notes else None,
            })
        locs.sort(key=lambda l: (not l["primary"], SOURCE_ORDER.index(l["source"]), l["recordId"]))
        aliases = sorted((a for a in fac["aliases"] if a and a != fac["name"]), key=lambda s: (s.casefold(), s))
        features.append({
            "type": "Feature",
            "id": slug,
            "geometry": {"type": "Point", "coordinates": [prim["lon"], prim["lat"]]},
            "properties": {
                "name": fac["name"],
                "nameKo": None,  # no source file contains Hangul for any facility
                "aliases": aliases,
                "type": fac["type"],
                "status": fac["status"],
                "province": fac["province"],
                "controllingAgency": controlling_agency(fac, nkpd_by_id),
                "primarySource": fac["primarySource"],
                "locations": locs,
            },
        })

    for feat in features:
        lon, lat = feat["geometry"]["coordinates"]
        for l in feat["properties"]["locations"]:
            if not (124 <= l["lon"] <= 131 and 37 <= l["lat"] <= 43.5):
                print(f"warning: {feat['id']} {l['recordId']} outside 124..131 / 37..43.5", file=sys.stderr)

    out = {
        "type": "FeatureCollection",
        "name": "Sightline sample facilities",
        "generatedBy": "scripts/build-sample-facilities.py",
        "sources": sources,
        "features": features,
    }
    text = json.dumps(out, indent=1, ensure_ascii=False) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(features)} facilities")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build server/src/main/resources/sample-data/illustrative-observations.json.

An ILLUSTRATIVE observation series for the sample data: invented structures at
Camp 14 (kwanliso-14-kaechon) on five Sentinel-2 scenes of the bundled sample
catalogue, so that a fresh install shows structures, change events, a time
series and a boundary proposed from an observed perimeter. The layout is made
up by the Sightline editors; it is NOT a finding about the real camp, and the
server marks every observation, structure and event made from it as
illustrative. Sentinel-2's 10 m pixels could not show 6 m guard posts anyway.

Python 3 standard library only; the output is deterministic.
Usage: python3 scripts/build-illustrative-observations.py
"""

import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "server" / "src" / "main" / "resources" / "sample-data" / "illustrative-observations.json"

FACILITY = "kwanliso-14-kaechon"
LON0, LAT0 = 126.0621556, 39.5717058  # the facility's primary sourced location (HRNK)
M_PER_DEG_LAT = 111_000.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))

SCENES = [
    "S2B_52SBJ_20241210_0_L2A",
    "S2C_52SBJ_20250124_0_L2A",
    "S2B_52SBJ_20250320_1_L2A",
    "S2B_52SBJ_20250429_0_L2A",
    "S2A_52SBJ_20250526_1_L2A",
]


def lonlat(x, y):
    return [round(LON0 + x / M_PER_DEG_LON, 7), round(LAT0 + y / M_PER_DEG_LAT, 7)]


def rect(x, y, w, h):
    """A polygon of w x h metres with its south-west corner x, y metres from the centre."""
    ring = [lonlat(x, y), lonlat(x + w, y), lonlat(x + w, y + h), lonlat(x, y + h), lonlat(x, y)]
    return {"type": "Polygon", "coordinates": [ring]}


def fence(west, south, east, north):
    ring = [lonlat(west, south), lonlat(east, south), lonlat(east, north), lonlat(west, north),
            lonlat(west, south)]
    return {"type": "LineString", "coordinates": ring}


def structure(cls, geometry, condition="intact", notes=None):
    s = {"class": cls, "condition": condition, "geometry": geometry}
    if notes:
        s["notes"] = notes
    return s


WEST_BLOCKS = [(-450 + 70 * i, -200 + 60 * j) for j in range(3) for i in range(4)]  # 12 blocks
EAST_BLOCKS = [(150 + 70 * i, -100 + 60 * j) for j in range(2) for i in range(2)]  # 4 blocks
CORNER_POSTS = [(-603, -403), (597, -403), (597, 397), (-603, 397)]


def observation(n):
    s = []
    # the perimeter is extended east in scene 4 (+30%: expanded), its east side moved 100 m further
    # out in scene 5 (+4%: moved)
    east = 600 if n < 3 else 1200 if n < 4 else 1300
    s.append(structure("perimeter", fence(-600, -400, east, 400), notes="outer fence"))
    for x, y in CORNER_POSTS:
        s.append(structure("guard-post", rect(x, y, 6, 6)))
    if n >= 2:  # two posts added on the long sides in scene 3
        s.append(structure("guard-post", rect(-3, -403, 6, 6)))
        s.append(structure("guard-post", rect(-3, 397, 6, 6)))
    if n >= 3:  # and one at the new east corner... of the extended fence
        s.append(structure("guard-post", rect(1197, -403, 6, 6)))
    for k, (x, y) in enumerate(WEST_BLOCKS):
        if n >= 2 and k in (0, 1, 2):
            continue  # three blocks torn down between scenes 2 and 3
        w = 60 if (n >= 3 and k == 5) else 40  # block 5 extended in scene 4
        s.append(structure("prisoner-housing", rect(x, y, w, 12)))
    if n >= 2:  # two new blocks where the three stood
        s.append(structure("prisoner-housing", rect(-450, 220, 50, 14)))
        s.append(structure("prisoner-housing", rect(-370, 220, 50, 14)))
    if n >= 4:
        s.append(structure("prisoner-housing", rect(-300, 220, 50, 14), "under-construction"))
    if n != 1:  # scene 2: the east half is under cloud and nothing there is drawn
        for k, (x, y) in enumerate(EAST_BLOCKS):
            condition = "razed" if (n >= 2 and k in (0, 1)) else "intact"
            s.append(structure("prisoner-housing", rect(x, y, 40, 12), condition))
        s.append(structure("light-industry", rect(300, 150, 80, 40)))
    s.append(structure("administration", rect(-100, -350, 30, 20)))
    mine_w = 200 if n < 3 else 300
    s.append(structure("mining", rect(-100, 500, mine_w, 150), notes="spoil heap north of the fence"))
    return s


def unassessable(n):
    if n == 1:
        return [{"reason": "cloud", "geometry": rect(0, -700, 1000, 1500)}]
    return []


def main():
    observations = []
    confidences = ["likely", "even-chance", "likely", "very-likely", "likely"]
    for n, scene in enumerate(SCENES):
        observations.append({
            "sceneId": scene,
            "confidence": confidences[n],
            "notes": "ILLUSTRATIVE SAMPLE: invented by the Sightline editors to show the workflow;"
                     " not a finding about the real facility.",
            "structures": observation(n),
            "unassessable": unassessable(n),
        })
    doc = {
        "about": "ILLUSTRATIVE observation series for the sample data, invented by the Sightline editors"
                 " (CC0) to show structure change end to end: structures, change events, a time series and"
                 " a boundary proposed from the observed perimeter. It is NOT a finding about the real"
                 " Camp 14: the layout is made up, and Sentinel-2's 10 m pixels could not show these"
                 " structures. The server marks everything made from it as illustrative.",
        "licence": "CC0 1.0",
        "facilityId": FACILITY,
        "observations": observations,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(observations)} observations,"
          f" {sum(len(o['structures']) for o in observations)} drawings")


if __name__ == "__main__":
    main()

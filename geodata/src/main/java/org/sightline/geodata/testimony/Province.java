package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * A witness's province of origin: the DPRK's first-level divisions, with Kaesong as it was before
 * 2003, and two values for elsewhere and unknown.
 */
public enum Province implements Coded {
  PYONGYANG("pyongyang", "Pyongyang", "평양직할시"),
  RASON("rason", "Rason", "라선특별시"),
  NAMPO("nampo", "Nampo", "남포특별시"),
  SOUTH_PYONGAN("south-pyongan", "South Pyongan", "평안남도"),
  NORTH_PYONGAN("north-pyongan", "North Pyongan", "평안북도"),
  CHAGANG("chagang", "Chagang", "자강도"),
  SOUTH_HWANGHAE("south-hwanghae", "South Hwanghae", "황해남도"),
  NORTH_HWANGHAE("north-hwanghae", "North Hwanghae", "황해북도"),
  KANGWON("kangwon", "Kangwon", "강원도"),
  SOUTH_HAMGYONG("south-hamgyong", "South Hamgyong", "함경남도"),
  NORTH_HAMGYONG("north-hamgyong", "North Hamgyong", "함경북도"),
  RYANGGANG("ryanggang", "Ryanggang", "량강도"),
  KAESONG("kaesong", "Kaesong", "개성"),
  OUTSIDE_DPRK("outside-dprk", "outside the DPRK", "북한 외"),
  UNKNOWN("unknown", "unknown", "미상");

  private final CodeLabels labels;

  Province(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static Province fromCode(String code) {
    return Coded.fromCode(Province.class, "province", code);
  }
}

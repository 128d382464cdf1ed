package org.sightline.geodata.structure;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why part of a facility could not be assessed in one scene. */
public enum UnassessableReason implements Coded {
  CLOUD("cloud", "cloud", "구름"),
  SHADOW("shadow", "shadow", "그림자"),
  HAZE("haze", "haze", "연무"),
  OUTSIDE_FOOTPRINT("outside-footprint", "outside the scene", "영상 범위 밖"),
  RESOLUTION("resolution", "resolution too coarse", "해상도 부족");

  private final String code;
  private final String labelEn;
  private final String labelKo;

  UnassessableReason(String code, String labelEn, String labelKo) {
    this.code = code;
    this.labelEn = labelEn;
    this.labelKo = labelKo;
  }

  @Override
  @JsonValue
  public String code() {
    return code;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  @Override
  public String labelKo() {
    return labelKo;
  }

  public static UnassessableReason fromCode(String code) {
    return Coded.fromCode(UnassessableReason.class, "reason", code);
  }
}

package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** Why part of a facility could not be assessed in one scene. */
public enum UnassessableReason implements Coded {
  CLOUD("cloud", "cloud", "구름"),
  SHADOW("shadow", "shadow", "그림자"),
  HAZE("haze", "haze", "연무"),
  OUTSIDE_FOOTPRINT("outside-footprint", "outside the scene", "영상 범위 밖"),
  RESOLUTION("resolution", "resolution too coarse", "해상도 부족");

  private final CodeLabels labels;

  UnassessableReason(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static UnassessableReason fromCode(String code) {
    return Coded.fromCode(UnassessableReason.class, "reason", code);
  }
}

package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** A witness's gender as recorded: an open, coarse attribute. */
public enum Gender implements Coded {
  FEMALE("female", "female", "여성"),
  MALE("male", "male", "남성"),
  OTHER("other", "other", "기타"),
  UNDISCLOSED("undisclosed", "undisclosed", "밝히지 않음");

  private final CodeLabels labels;

  Gender(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static Gender fromCode(String code) {
    return Coded.fromCode(Gender.class, "gender", code);
  }
}

package org.sightline.geodata.structure;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A structure's state in one observed scene: three states, never two. {@link #ABSENT} is inferred
 * only where the structure's place was inside the scene's footprint and not in an area that could
 * not be assessed; "not marked" alone never means absent.
 */
public enum StructureState implements Coded {
  PRESENT("present", "present", "있음"),
  ABSENT("absent", "absent", "없음"),
  NOT_ASSESSABLE("not-assessable", "not assessable", "판단 불가");

  private final String code;
  private final String labelEn;
  private final String labelKo;

  StructureState(String code, String labelEn, String labelKo) {
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
}

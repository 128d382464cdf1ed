package org.sightline.geodata.structure;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The condition of a structure as seen in one scene. Damage follows the xBD building damage scale
 * (minor, major, destroyed); razed is a structure deliberately torn down, its site cleared.
 */
public enum StructureCondition implements Coded {
  INTACT("intact", "intact", "온전함"),
  UNDER_CONSTRUCTION("under-construction", "under construction", "건설 중"),
  MINOR_DAMAGE("minor-damage", "minor damage", "경미한 손상"),
  MAJOR_DAMAGE("major-damage", "major damage", "심각한 손상"),
  DESTROYED("destroyed", "destroyed", "파괴됨"),
  RAZED("razed", "razed", "철거됨");

  private final String code;
  private final String labelEn;
  private final String labelKo;

  StructureCondition(String code, String labelEn, String labelKo) {
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

  public static StructureCondition fromCode(String code) {
    return Coded.fromCode(StructureCondition.class, "condition", code);
  }
}

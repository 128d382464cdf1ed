package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

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

  private final CodeLabels labels;

  StructureCondition(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static StructureCondition fromCode(String code) {
    return Coded.fromCode(StructureCondition.class, "condition", code);
  }
}

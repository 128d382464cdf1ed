package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * A structure's state in one observed scene: three states, never two. {@link #ABSENT} is inferred
 * only where the structure's place was inside the scene's footprint and not in an area that could
 * not be assessed; "not marked" alone never means absent.
 */
public enum StructureState implements Coded {
  PRESENT("present", "present", "있음"),
  ABSENT("absent", "absent", "없음"),
  NOT_ASSESSABLE("not-assessable", "not assessable", "판단 불가");

  private final CodeLabels labels;

  StructureState(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }
}
